import { boolean, index, integer, numeric, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * 组织: an enterprise (申报企业), a recommending unit (推荐单位) or a programme office (主管部门).
 * `parentId` is the organisation that created it (the level above); jurisdiction follows `regionCode`.
 */
export const organizations = pgTable(
  'organizations',
  {
    id: text('id').primaryKey(),
    type: text('type').notNull(),
    name: text('name').notNull(),
    level: text('level'),
    regionCode: text('region_code'),
    parentId: text('parent_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (table) => [
    index('organizations_parent_idx').on(table.parentId),
    index('organizations_region_idx').on(table.regionCode),
  ],
);

/** 申报企业 profile, one per enterprise organisation; one credit code registers once. */
export const enterprises = pgTable('enterprises', {
  organizationId: text('organization_id')
    .primaryKey()
    .references(() => organizations.id, { onDelete: 'cascade' }),
  uscc: text('uscc').notNull().unique(),
  name: text('name').notNull(),
  regionCode: text('region_code').notNull(),
  industryCode: text('industry_code').notNull(),
  employees: integer('employees').notNull(),
  /** 营业收入, 万元. */
  revenue: numeric('revenue', { precision: 14, scale: 2, mode: 'number' }).notNull(),
  size: text('size').notNull(),
  /** 企业性质, e.g. 民营. */
  ownershipType: text('ownership_type'),
  address: text('address'),
  legalRepresentative: text('legal_representative'),
  contactName: text('contact_name'),
  contactPhone: text('contact_phone'),
  /** The 中央企业 group this enterprise belongs to, which then recommends it. */
  centralGroupId: text('central_group_id'),
  /** 营业执照 scan, checked by the recommending unit when it verifies the enterprise. */
  licenceFileId: text('licence_file_id'),
  verifiedAt: timestamp('verified_at', { withTimezone: true }),
  verifiedBy: text('verified_by'),
  version: integer('version').notNull().default(1),
});

/** 邀请: one-time link creating an account in an organisation. */
export const invitations = pgTable('invitations', {
  id: text('id').primaryKey(),
  tokenHash: text('token_hash').notNull().unique(),
  organizationId: text('organization_id').notNull(),
  role: text('role').notNull(),
  isOrganizationAdmin: boolean('is_organization_admin').notNull(),
  createdBy: text('created_by').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  usedAt: timestamp('used_at', { withTimezone: true }),
});
