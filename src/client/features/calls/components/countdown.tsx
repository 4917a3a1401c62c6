import { callsStrings as s } from '../calls.strings.js';
import { type CallPhase, describeRemaining, isUrgent } from '../calls.time.js';

type CountdownProps = {
  phase: CallPhase;
  opensAt: string;
  /** The deadline that applies: the call's, or an enterprise's extension. */
  closesAt: string;
  now: number;
};

/** 距开始还有 … / 距截止还有 … (red under three days) / 申报已截止. */
export function Countdown({ phase, opensAt, closesAt, now }: CountdownProps) {
  if (phase === 'draft') return null;
  if (phase === 'upcoming') {
    const left = describeRemaining(Date.parse(opensAt), now);
    return left ? <span className="call-countdown">{s.opensIn(left)}</span> : null;
  }
  const deadline = Date.parse(closesAt);
  const left = phase === 'open' ? describeRemaining(deadline, now) : null;
  if (!left) return <span className="call-countdown is-closed">{s.closed}</span>;
  return (
    <span className={isUrgent(deadline, now) ? 'call-countdown is-urgent' : 'call-countdown'}>{s.closesIn(left)}</span>
  );
}
