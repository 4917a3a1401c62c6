import type { Database } from './client.js';

/** Runs work in a transaction, handing it a handle of the same type so repositories and services build on it. */
export const transaction = <T>(db: Database, work: (tx: Database) => Promise<T>): Promise<T> =>
  db.transaction((tx) => work(tx as unknown as Database));
