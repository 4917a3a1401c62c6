import '../calls.css';
import { Typography } from 'antd';
import { Link } from 'react-router';
import { usePublicCalls } from '../calls.api.js';
import { sortCallsForReaders } from '../calls.order.js';
import { callsStrings as s } from '../calls.strings.js';
import { phaseOf } from '../calls.time.js';
import { useNow } from '../use-now.js';
import { CallCard } from './call-card.js';

/** How many calls the home page lists; the rest are one click away at /calls. */
const shownOnHome = 3;

/** 正在申报的通知 on the home page: open and upcoming calls, nearest deadline first; nothing when there are none. */
export function OpenCallsBlock() {
  const callsQuery = usePublicCalls();
  const now = useNow();
  const current = sortCallsForReaders(
    (callsQuery.data ?? []).filter((call) => phaseOf(call, now) === 'open' || phaseOf(call, now) === 'upcoming'),
    now,
  );
  if (current.length === 0) return null;
  return (
    <section aria-labelledby="home-calls-heading" className="home-section open-calls-block">
      <div className="open-calls-header">
        <Typography.Title level={2} id="home-calls-heading" className="section-heading">
          {s.openCallsTitle}
        </Typography.Title>
        <Link to="/calls">{s.allCalls}</Link>
      </div>
      <ul className="call-list">
        {current.slice(0, shownOnHome).map((call) => (
          <li key={call.id}>
            <CallCard call={call} now={now} headingLevel={3} />
          </li>
        ))}
      </ul>
    </section>
  );
}
