import '../calls.css';
import { Empty, Radio, Select, Typography } from 'antd';
import { useSearchParams } from 'react-router';
import { LoadingBlock } from '../../../components/loading-block.js';
import { PageTitle } from '../../../components/page-title.js';
import { QueryError } from '../../../components/query-error.js';
import { usePublicCalls } from '../calls.api.js';
import { sortCallsForReaders } from '../calls.order.js';
import { phaseLabels, callsStrings as s } from '../calls.strings.js';
import { type CallPhase, phaseOf } from '../calls.time.js';
import { CallCard } from '../components/call-card.js';
import { useNow } from '../use-now.js';

const phaseFilters: CallPhase[] = ['open', 'upcoming', 'closed'];
const isPhaseFilter = (value: string | null): value is CallPhase => phaseFilters.includes(value as CallPhase);

/** 申报通知: every published call, filterable by programme and by where it stands. */
export function CallsPage() {
  const callsQuery = usePublicCalls();
  const now = useNow();
  const [searchParams, setSearchParams] = useSearchParams();
  const programme = searchParams.get('programme') ?? '';
  const phaseParam = searchParams.get('phase');
  const phase = isPhaseFilter(phaseParam) ? phaseParam : '';

  const updateFilters = (next: { programme?: string; phase?: string }) => {
    const params = new URLSearchParams();
    const nextProgramme = next.programme ?? programme;
    const nextPhase = next.phase ?? phase;
    if (nextProgramme) params.set('programme', nextProgramme);
    if (nextPhase) params.set('phase', nextPhase);
    setSearchParams(params, { replace: true });
  };

  const calls = callsQuery.data ?? [];
  const programmes = [...new Map(calls.map((call) => [call.templateId, call.templateTitle]))];
  const shown = sortCallsForReaders(
    calls.filter((call) => (!programme || call.templateId === programme) && (!phase || phaseOf(call, now) === phase)),
    now,
  );

  return (
    <div className="page-container calls-page">
      <PageTitle title={s.listTitle} />
      <header className="page-header">
        <Typography.Title level={1} className="page-heading">
          {s.listTitle}
        </Typography.Title>
        <Typography.Paragraph className="page-intro">{s.listIntro}</Typography.Paragraph>
      </header>
      <div className="calls-filters">
        <Select
          aria-label={s.programmeFilter}
          value={programme}
          onChange={(value: string) => updateFilters({ programme: value })}
          options={[{ value: '', label: s.allProgrammes }, ...programmes.map(([value, label]) => ({ value, label }))]}
          className="calls-programme-filter"
        />
        <Radio.Group
          aria-label={s.phaseFilter}
          optionType="button"
          value={phase}
          onChange={(event) => updateFilters({ phase: String(event.target.value) })}
          options={[
            { value: '', label: s.allPhases },
            ...phaseFilters.map((value) => ({ value, label: phaseLabels[value] })),
          ]}
        />
      </div>
      {callsQuery.isPending ? (
        <LoadingBlock label={s.detailLoading} rows={3} repeat={2} />
      ) : callsQuery.isError ? (
        <QueryError
          title={s.loadFailed}
          error={callsQuery.error}
          retryLabel={s.retry}
          onRetry={() => void callsQuery.refetch()}
        />
      ) : shown.length === 0 ? (
        <div className="content-panel">
          <Empty description={calls.length === 0 ? s.listEmpty : s.listFilteredEmpty} />
        </div>
      ) : (
        <section aria-label={s.listLabel}>
          <p className="calls-count" aria-live="polite">
            {s.shownCount(shown.length)}
          </p>
          <ul className="call-list">
            {shown.map((call) => (
              <li key={call.id}>
                <CallCard call={call} now={now} />
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
