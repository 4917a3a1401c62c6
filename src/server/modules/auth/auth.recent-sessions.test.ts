import { describe, expect, it } from 'vitest';
import type { Actor } from '../../plugins/access.js';
import { createRecentSessions } from './auth.recent-sessions.js';

const actorOf = (sessionId: string): Actor => ({
  userId: `user-${sessionId}`,
  username: `user-${sessionId}`,
  role: 'enterprise',
  organizationId: 'org-1',
  isOrganizationAdmin: false,
  sessionId,
  csrfToken: 'csrf',
});

describe('recent sessions', () => {
  const at = (seconds: number) => new Date(Date.UTC(2026, 11, 4, 8, 0, seconds));

  it('answers a marked copy until the session’s last-seen time is one interval old', () => {
    const recent = createRecentSessions({ limit: 10, maxAgeMs: 60_000 });
    const actor = actorOf('a');
    recent.set('hash-a', actor, at(0));
    const answered = recent.get('hash-a', at(59))!;
    expect(answered).toEqual({ ...actor, sessionFromCache: true });
    answered.role = 'admin';
    expect(recent.get('hash-a', at(59))?.role).toBe('enterprise');
    expect(recent.get('hash-a', at(60))).toBeUndefined();
    expect(recent.get('hash-a', at(1))).toBeUndefined();
  });

  it('keeps at most `limit` sessions, dropping the oldest, and forgets a session by id', () => {
    const recent = createRecentSessions({ limit: 2, maxAgeMs: 60_000 });
    for (const id of ['a', 'b', 'c']) recent.set(`hash-${id}`, actorOf(id), at(0));
    expect(recent.get('hash-a', at(1))).toBeUndefined();
    expect(recent.get('hash-b', at(1))?.sessionId).toBe('b');
    recent.forgetSession('c');
    expect(recent.get('hash-c', at(1))).toBeUndefined();
  });
});
