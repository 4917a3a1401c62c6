import { bigint, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/** An uploaded file: checked by content, hashed, stored through the FileStore under `storageKey`. */
export const files = pgTable('files', {
  id: text('id').primaryKey(),
  storageKey: text('storage_key').notNull(),
  sha256: text('sha256').notNull(),
  size: bigint('size', { mode: 'number' }).notNull(),
  mediaType: text('media_type').notNull(),
  originalName: text('original_name').notNull(),
  uploadedBy: text('uploaded_by').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
