import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * Where uploaded bytes live. The local implementation keeps them under DATA_DIR/uploads (outside the web
 * root: nothing there is served statically); an S3-compatible store implements the same three calls.
 */
export type FileStore = {
  put(bytes: Buffer): Promise<{ key: string; sha256: string; size: number }>;
  read(key: string): Promise<Buffer>;
  remove(key: string): Promise<void>;
};

export function createLocalFileStore(rootDir: string): FileStore {
  const folder = path.join(rootDir, 'uploads');
  const fileOf = (key: string) => {
    if (!/^[0-9a-f-]{36}$/.test(key)) throw new Error(`invalid storage key ${key}`);
    return path.join(folder, key.slice(0, 2), key);
  };
  return {
    async put(bytes) {
      const key = randomUUID();
      const file = fileOf(key);
      await fs.promises.mkdir(path.dirname(file), { recursive: true });
      // Write then rename, so a crash never leaves a half-written file under its final name.
      await fs.promises.writeFile(`${file}.partial`, bytes);
      await fs.promises.rename(`${file}.partial`, file);
      return { key, sha256: createHash('sha256').update(bytes).digest('hex'), size: bytes.length };
    },
    read: (key) => fs.promises.readFile(fileOf(key)),
    remove: (key) => fs.promises.rm(fileOf(key), { force: true }),
  };
}
