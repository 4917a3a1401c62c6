import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { unsupportedMediaType } from './files.errors.js';
import { detectMediaType } from './files.rules.js';
import type { FileStore } from './files.store.js';
import { files } from './files.tables.js';

export type StoredFile = typeof files.$inferSelect;
export type Upload = { bytes: Buffer; originalName: string };

export function createFilesService({ db, store }: { db: Database; store: FileStore }) {
  return {
    /** Checks the content against `accept`, stores the bytes, records the file; returns its row. */
    async storeUpload(upload: Upload, options: { accept: string[]; uploadedBy: string }): Promise<StoredFile> {
      const mediaType = detectMediaType(upload.bytes);
      if (!mediaType || !options.accept.includes(mediaType)) throw unsupportedMediaType(options.accept);
      const stored = await store.put(upload.bytes);
      const row = {
        id: randomUUID(),
        storageKey: stored.key,
        sha256: stored.sha256,
        size: stored.size,
        mediaType,
        originalName: upload.originalName.slice(0, 200),
        uploadedBy: options.uploadedBy,
      };
      try {
        return (await db.insert(files).values(row).returning())[0]!;
      } catch (error) {
        await store.remove(stored.key);
        throw error;
      }
    },
    findFile: async (id: string) => (await db.select().from(files).where(eq(files.id, id)))[0],
    readBytes: (file: StoredFile) => store.read(file.storageKey),
  };
}

export type FilesService = ReturnType<typeof createFilesService>;
