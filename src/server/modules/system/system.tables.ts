import { pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/** Which version of each seed data set is loaded, so a warm start skips re-seeding. */
export const seedVersions = pgTable('seed_versions', {
  name: text('name').primaryKey(),
  checksum: text('checksum').notNull(),
  appliedAt: timestamp('applied_at', { withTimezone: true }).notNull().defaultNow(),
});
