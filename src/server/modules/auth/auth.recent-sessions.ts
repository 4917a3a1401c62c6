import type { Actor } from '../../plugins/access.js';

/**
 * Sessions this instance resolved lately, by token hash, for routes whose write statement checks the session itself
 * (`config.sessionCheckedByWrite`). Nothing here is trusted on its own: the write finds no row when the session has
 * ended on any instance, and the route then asks PostgreSQL (`ensureSessionLive`). An entry lives until its session's
 * last-seen time is one interval old, so the next request reads the session and writes last-seen as it would have.
 */
export function createRecentSessions(options: { limit: number; maxAgeMs: number }) {
  const entries = new Map<string, { actor: Actor; resolvedAt: number }>();
  return {
    /** A copy marked `sessionFromCache`, or undefined when unknown or too old. */
    get(tokenHash: string, at: Date): Actor | undefined {
      const entry = entries.get(tokenHash);
      if (!entry) return undefined;
      if (at.getTime() - entry.resolvedAt >= options.maxAgeMs) {
        entries.delete(tokenHash);
        return undefined;
      }
      return { ...entry.actor, sessionFromCache: true };
    },
    /** `lastSeenAt`: the session's last-seen time as stored now (after any touch). */
    set(tokenHash: string, actor: Actor, lastSeenAt: Date) {
      entries.delete(tokenHash);
      if (entries.size >= options.limit) entries.delete(entries.keys().next().value!);
      entries.set(tokenHash, { actor: { ...actor }, resolvedAt: lastSeenAt.getTime() });
    },
    delete: (tokenHash: string) => entries.delete(tokenHash),
    /** Forgets a session by id (signed out here, or found ended). */
    forgetSession(sessionId: string) {
      for (const [tokenHash, entry] of entries) if (entry.actor.sessionId === sessionId) entries.delete(tokenHash);
    },
  };
}
