import type { Call } from '../../../shared/calls/calls.schemas.js';
import { type CallPhase, phaseOf } from './calls.time.js';

const phaseRank: Record<CallPhase, number> = { open: 0, upcoming: 1, draft: 2, closed: 3 };

/** Open calls first (nearest deadline first), then upcoming ones (soonest first), then closed (latest first). */
export function sortCallsForReaders(calls: Call[], now: number): Call[] {
  const key = (call: Call) => {
    const phase = phaseOf(call, now);
    if (phase === 'open') return Date.parse(call.closesAt);
    if (phase === 'upcoming') return Date.parse(call.opensAt);
    return -Date.parse(call.closesAt);
  };
  return [...calls].sort((a, b) => phaseRank[phaseOf(a, now)] - phaseRank[phaseOf(b, now)] || key(a) - key(b));
}
