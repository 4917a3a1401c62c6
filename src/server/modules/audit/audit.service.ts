import { and, desc, eq, lt, type SQL } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { auditLog } from './audit.tables.js';

/** Who did it and from where; null actor for anonymous events (failed sign-ins, registrations). */
export type AuditContext = { actorUserId: string | null; actorUsername: string | null; ip: string | null };

export type AuditEntry = {
  action: string;
  targetType?: string;
  targetId?: string;
  oldValue?: unknown;
  newValue?: unknown;
};

export type AuditQuery = { action?: string; actor?: string; cursor?: string; limit: number };

/** Build it on the transaction's handle so the audit row commits or rolls back with the change. */
export function createAuditService({ db }: { db: Database }) {
  return {
    async record(context: AuditContext, entry: AuditEntry): Promise<void> {
      await db.insert(auditLog).values({
        ...context,
        action: entry.action,
        targetType: entry.targetType ?? null,
        targetId: entry.targetId ?? null,
        oldValue: entry.oldValue ?? null,
        newValue: entry.newValue ?? null,
      });
    },

    /** Newest first, paged by id. */
    async search(query: AuditQuery) {
      const conditions: SQL[] = [];
      if (query.action) conditions.push(eq(auditLog.action, query.action));
      if (query.actor) conditions.push(eq(auditLog.actorUsername, query.actor));
      const cursor = Number(query.cursor);
      if (query.cursor && Number.isSafeInteger(cursor)) conditions.push(lt(auditLog.id, cursor));
      const rows = await db
        .select()
        .from(auditLog)
        .where(and(...conditions))
        .orderBy(desc(auditLog.id))
        .limit(query.limit + 1);
      const page = rows.slice(0, query.limit);
      return {
        items: page.map((row) => ({ ...row, id: String(row.id), at: row.at.toISOString() })),
        nextCursor: rows.length > query.limit ? String(page.at(-1)!.id) : null,
      };
    },
  };
}

export type AuditService = ReturnType<typeof createAuditService>;
