import '../../applications/applications.css';
import '../reviews.css';
import { Alert, Button, Select, Tabs } from 'antd';
import { useSearchParams } from 'react-router';
import { LoadingBlock } from '../../../components/loading-block.js';
import { PageTitle } from '../../../components/page-title.js';
import { QueryError } from '../../../components/query-error.js';
import { useMe } from '../../accounts/accounts.api.js';
import { DashboardPanel } from '../components/dashboard-panel.js';
import { ReviewQueue } from '../components/queue-table.js';
import { RecommendPanel } from '../components/recommend-panel.js';
import { RecommendationLists } from '../components/recommendation-lists.js';
import { type Call, summaryPath, useReviewCalls } from '../reviews.api.js';
import { reviewsStrings as s } from '../reviews.strings.js';

const tabKeys = ['review', 'recommend', 'lists', 'stats'] as const;
type TabKey = (typeof tabKeys)[number];
const isTabKey = (value: string | null): value is TabKey => tabKeys.includes(value as TabKey);

/** Calls still open first, then by deadline, newest first. */
const byRelevance = (a: Call, b: Call) => Number(b.isOpen) - Number(a.isOpen) || b.closesAt.localeCompare(a.closesAt);

/** /reviews — 推荐工作台: one call at a time; its review queue, ranking, lists and counts in tabs. */
export function ReviewsPage() {
  const me = useMe().data;
  const callsQuery = useReviewCalls();
  const [params, setParams] = useSearchParams();
  const calls = [...(callsQuery.data ?? [])].sort(byRelevance);
  const requested = params.get('call');
  const callId = calls.some((call) => call.id === requested) ? (requested ?? '') : (calls[0]?.id ?? '');
  const tabParam = params.get('tab');
  const tab: TabKey = isTabKey(tabParam) ? tabParam : 'review';
  const select = (next: { call?: string; tab?: TabKey }) =>
    setParams({ call: next.call ?? callId, tab: next.tab ?? tab }, { replace: true });

  let content: React.ReactNode;
  if (callsQuery.isPending) content = <LoadingBlock label={s.callsLoading} rows={3} />;
  else if (callsQuery.isError)
    content = (
      <QueryError
        title={s.loadFailed}
        error={callsQuery.error}
        retryLabel={s.retry}
        onRetry={() => void callsQuery.refetch()}
      />
    );
  else if (calls.length === 0) content = <Alert type="info" showIcon title={s.noCalls} />;
  else
    content = (
      <>
        <div className="review-toolbar content-panel">
          <div className="review-call-picker">
            <label htmlFor="review-call" className="review-label">
              {s.callLabel}
            </label>
            <Select
              id="review-call"
              className="review-call-select"
              value={callId}
              placeholder={s.callPlaceholder}
              showSearch={{ optionFilterProp: 'label' }}
              options={calls.map((call) => ({
                value: call.id,
                label: `${call.title}（${call.isOpen ? s.callStatusOpen : s.callStatusClosed}）`,
              }))}
              onChange={(value: string) => select({ call: value })}
            />
          </div>
          <div className="review-downloads">
            <Button href={summaryPath(callId, 'xlsx')} download>
              {s.downloadXlsx}
            </Button>
            <Button href={summaryPath(callId, 'docx')} download>
              {s.downloadDocx}
            </Button>
          </div>
        </div>
        <Tabs
          key={callId}
          className="review-tabs content-panel"
          activeKey={tab}
          onChange={(key) => select({ tab: key as TabKey })}
          destroyOnHidden
          items={[
            { key: 'review', label: s.tabReview, children: <ReviewQueue callId={callId} /> },
            {
              key: 'recommend',
              label: s.tabRecommend,
              children: <RecommendPanel callId={callId} canRecommend={me?.user.role === 'recommender'} />,
            },
            { key: 'lists', label: s.tabLists, children: <RecommendationLists callId={callId} /> },
            { key: 'stats', label: s.tabStats, children: <DashboardPanel callId={callId} /> },
          ]}
        />
      </>
    );

  return (
    <div className="page-container review-workbench">
      <PageTitle title={s.workbenchTitle} />
      <header className="page-header">
        <h1 className="review-heading">{s.workbenchTitle}</h1>
        <p className="review-intro">{s.workbenchIntro}</p>
        {me?.organization && <p className="review-unit">{s.unitLine(me.organization.name)}</p>}
      </header>
      {content}
    </div>
  );
}
