import { Empty, Statistic } from 'antd';
import {
  type ApplicationState,
  applicationStateLabels,
  applicationStates,
} from '../../../../shared/applications/application-state.js';
import { LoadingBlock } from '../../../components/loading-block.js';
import { QueryError } from '../../../components/query-error.js';
import { BarChart } from '../../calls/components/bar-chart.js';
import { useDashboard } from '../reviews.api.js';
import { reviewsStrings as s } from '../reviews.strings.js';

/** Room for each bar and its label, with a floor so one bar does not look like a banner. */
const chartHeight = (bars: number) => Math.max(140, bars * 36 + 40);

function ChartSection({ id, title, counts }: { id: string; title: string; counts: { name: string; count: number }[] }) {
  const bars = [...counts]
    .sort((a, b) => b.count - a.count)
    .map((entry) => ({ label: entry.name, value: entry.count }));
  return (
    <section className="review-chart" aria-labelledby={id}>
      <h3 id={id} className="review-subheading">
        {title}
      </h3>
      {bars.length === 0 ? (
        <Empty description={s.noData} image={Empty.PRESENTED_IMAGE_SIMPLE} />
      ) : (
        <BarChart title={title} data={bars} horizontal height={chartHeight(bars.length)} />
      )}
    </section>
  );
}

/** 统计: the jurisdiction's applications by state, stage, industry and region, and this unit's quota. */
export function DashboardPanel({ callId }: { callId: string }) {
  const dashboardQuery = useDashboard(callId);
  if (dashboardQuery.isPending) return <LoadingBlock label={s.statsLoading} rows={4} />;
  if (dashboardQuery.isError)
    return (
      <QueryError
        title={s.loadFailed}
        error={dashboardQuery.error}
        retryLabel={s.retry}
        onRetry={() => void dashboardQuery.refetch()}
      />
    );
  const dashboard = dashboardQuery.data;
  const states = applicationStates.filter((state): state is ApplicationState => (dashboard.byStatus[state] ?? 0) > 0);
  return (
    <>
      <p className="review-muted">{s.statsIntro}</p>
      <ul className="review-stat-cards" aria-label={s.byStatus}>
        <li className="review-stat-card is-total">
          <Statistic title={s.total} value={dashboard.total} />
        </li>
        {dashboard.quota && (
          <li className="review-stat-card is-quota">
            <Statistic title={s.quotaCard} value={s.quotaValue(dashboard.quota.used, dashboard.quota.max)} />
          </li>
        )}
        {states.map((state) => (
          <li key={state} className="review-stat-card">
            <Statistic title={applicationStateLabels[state]} value={dashboard.byStatus[state] ?? 0} />
          </li>
        ))}
      </ul>
      <div className="review-charts">
        <ChartSection id="review-chart-stage" title={s.byStage} counts={dashboard.byStage} />
        <ChartSection id="review-chart-industry" title={s.byIndustry} counts={dashboard.byIndustry} />
        <ChartSection id="review-chart-region" title={s.byRegion} counts={dashboard.byRegion} />
      </div>
    </>
  );
}
