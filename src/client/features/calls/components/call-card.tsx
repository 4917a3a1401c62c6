import { Link } from 'react-router';
import type { Call } from '../calls.api.js';
import { callsStrings as s } from '../calls.strings.js';
import { formatBeijingTime, phaseOf } from '../calls.time.js';
import { CallPhaseTag } from './call-phase-tag.js';
import { Countdown } from './countdown.js';

/** One call in the public list: programme, title, year, period, issuing office and the time left. */
export function CallCard({ call, now, headingLevel = 2 }: { call: Call; now: number; headingLevel?: 2 | 3 }) {
  const phase = phaseOf(call, now);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <article className="call-card" aria-labelledby={`call-${call.id}-title`}>
      <div className="call-card-tags">
        <CallPhaseTag phase={phase} />
        <span className="call-card-programme">{call.templateTitle}</span>
      </div>
      <Heading id={`call-${call.id}-title`} className="call-card-title">
        <Link to={`/calls/${encodeURIComponent(call.id)}`}>{call.title}</Link>
      </Heading>
      <dl className="call-facts">
        <div>
          <dt>{s.year}</dt>
          <dd>{s.yearValue(call.year)}</dd>
        </div>
        <div>
          <dt>{s.period}</dt>
          <dd>
            {s.periodValue(formatBeijingTime(call.opensAt), formatBeijingTime(call.closesAt))}
            <span className="call-time-zone">（{s.beijingTime}）</span>
          </dd>
        </div>
        <div>
          <dt>{s.organization}</dt>
          <dd>{call.organizationName || '—'}</dd>
        </div>
      </dl>
      <Countdown phase={phase} opensAt={call.opensAt} closesAt={call.closesAt} now={now} />
    </article>
  );
}
