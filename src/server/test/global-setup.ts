import pg from 'pg';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    postgresUrl: string | null;
  }
}

/** The PostgreSQL server for the data-layer tests; TEST_DATABASE_URL overrides this machine's default. */
const candidateUrl = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export default async function setup(project: TestProject): Promise<void> {
  const client = new pg.Client({ connectionString: candidateUrl, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('select 1');
    project.provide('postgresUrl', candidateUrl);
  } catch (error) {
    process.stdout.write(
      `\n注意 / NOTICE: PostgreSQL at ${candidateUrl} is unavailable (${(error as Error).message}); PostgreSQL tests are skipped.\n`,
    );
    project.provide('postgresUrl', null);
  } finally {
    await client.end().catch(() => {});
  }
}
