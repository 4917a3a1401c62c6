import { Empty, Statistic, Typography } from 'antd';
import {
  type ApplicationState,
  applicationStateLabels,
  applicationStates,
} from '../../../../shared/applications/application-state.js';
import { LoadingBlock } from '../../../components/loading-block.js';
import { QueryError } from '../../../components/query-error.js';
import { statsRefreshMs, useCallStats } from '../calls.api.js';
import { callsStrings as s } from '../calls.strings.js';
import { formatBeijingClock } from '../calls.time.js';
import { BarChart } from './bar-chart.js';

/** Always shown, even at zero: where applications start and the step the office waits for. */
const alwaysShown: ApplicationState[] = ['draft', 'submitted'];

/** Room for each bar and its label, with a floor so one bar does not look like a banner. */
const chartHeight = (bars: number) => Math.max(140, bars * 36 + 40);

/** 申报情况: live counts of the call's applications by state and by region, refreshed every 30 seconds. */
export function StatsPanel({ callId }: { callId: string }) {
  const statsQuery = useCallStats(callId);
  if (statsQuery.isPending) return <LoadingBlock label={s.statsLoading} rows={4} />;
  if (statsQuery.isError) {
    return (
      <QueryError
        title={s.statsLoadFailed}
        error={statsQuery.error}
        retryLabel={s.retry}
        onRetry={() => void statsQuery.refetch()}
      />
    );
  }
  const stats = statsQuery.data;
  const states = applicationStates.filter((state) => alwaysShown.includes(state) || (stats.byStatus[state] ?? 0) > 0);
  const statusBars = states.map((state) => ({
    label: applicationStateLabels[state],
    value: stats.byStatus[state] ?? 0,
  }));
  const regionBars = [...stats.byRegion]
    // Equal counts keep the order of the region codes, so bars do not swap places between refreshes.
    .sort((a, b) => b.count - a.count || a.regionCode.localeCompare(b.regionCode))
    .map((region) => ({ label: region.regionName, value: region.count }));

  return (
    <>
      <p className="stats-refresh">
        {s.statsIntro(statsRefreshMs / 1000)} · {s.statsUpdated(formatBeijingClock(statsQuery.dataUpdatedAt))}
      </p>
      <ul className="stats-cards" aria-label={s.byStatus}>
        <li className="stats-card is-total">
          <Statistic title={s.total} value={stats.total} />
        </li>
        {states.map((state) => (
          <li key={state} className="stats-card">
            <Statistic title={applicationStateLabels[state]} value={stats.byStatus[state] ?? 0} />
          </li>
        ))}
      </ul>
      <div className="stats-charts">
        <section aria-labelledby="stats-status-heading">
          <Typography.Title level={3} id="stats-status-heading" className="section-heading-small">
            {s.byStatus}
          </Typography.Title>
          <BarChart title={s.byStatus} data={statusBars} horizontal height={chartHeight(statusBars.length)} />
        </section>
        <section aria-labelledby="stats-region-heading">
          <Typography.Title level={3} id="stats-region-heading" className="section-heading-small">
            {s.byRegion}
          </Typography.Title>
          {regionBars.length === 0 ? (
            <Empty description={s.noRegionData} />
          ) : (
            <BarChart title={s.byRegion} data={regionBars} horizontal height={chartHeight(regionBars.length)} />
          )}
        </section>
      </div>
    </>
  );
}
