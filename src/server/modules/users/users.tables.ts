import { boolean, index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/** 用户账号: belongs to one organisation (none for 系统管理员). */
export const users = pgTable(
  'users',
  {
    id: text('id').primaryKey(),
    username: text('username').notNull().unique(),
    passwordHash: text('password_hash').notNull(),
    role: text('role').notNull(),
    displayName: text('display_name').notNull(),
    /** Optional; password-reset links are mailed here when SMTP is configured. */
    email: text('email'),
    organizationId: text('organization_id'),
    /** The organisation's own administrator manages its users. */
    isOrganizationAdmin: boolean('is_organization_admin').notNull().default(false),
    /** Consecutive failed sign-ins; 5 lock the account for 15 minutes (CONTRACT.md). */
    failedSignIns: integer('failed_sign_ins').notNull().default(0),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (table) => [index('users_organization_idx').on(table.organizationId)],
);
