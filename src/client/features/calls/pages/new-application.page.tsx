import '../calls.css';
import '../calls-apply.css';
import { Alert, Button, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { LoadingBlock } from '../../../components/loading-block.js';
import { PageTitle } from '../../../components/page-title.js';
import { QueryError } from '../../../components/query-error.js';
import { ApiError } from '../../../lib/http.js';
import { useMe } from '../../accounts/accounts.api.js';
import { type Call, type CallForm, useCall, useCallForm, useCreateApplication } from '../calls.api.js';
import { callsStrings as s } from '../calls.strings.js';
import { formatBeijingTime, phaseOf } from '../calls.time.js';
import { CustomScenarios } from '../components/custom-scenarios.js';
import { ScenarioPicker } from '../components/scenario-picker.js';

/** At most this many catalogue scenarios per application (createApplicationBodySchema). */
const catalogueScenarioLimit = 60;
/** Answers that mean "you already have an application": the way out is 我的申报. */
const pointsToMyApplications = new Set(['CONFLICTING_APPLICATION', 'APPLICATION_EXISTS']);

type Failure = { message: string; showMyApplications: boolean };

function ApplicationForm({ call, callForm }: { call: Call; callForm: CallForm }) {
  const navigate = useNavigate();
  const createApplication = useCreateApplication(call.id);
  const [codes, setCodes] = useState<string[]>([]);
  const [customNames, setCustomNames] = useState<string[]>([]);
  const [failure, setFailure] = useState<Failure | null>(null);
  const scenarioSection = callForm.form.sections.find((section) => section.kind === 'scenarios');

  const submit = () => {
    setFailure(null);
    const minItems = scenarioSection?.minItems ?? 0;
    if (codes.length + customNames.length < minItems) {
      setFailure({ message: s.needScenarios(minItems), showMyApplications: false });
      return;
    }
    if (codes.length > catalogueScenarioLimit) {
      setFailure({ message: s.catalogueLimit(catalogueScenarioLimit), showMyApplications: false });
      return;
    }
    createApplication.mutate(
      { scenarioCodes: codes, ...(customNames.length > 0 ? { customScenarios: customNames } : {}) },
      {
        onSuccess: ({ id }) => void navigate(`/applications/${encodeURIComponent(id)}`),
        onError: (error) =>
          setFailure({
            message: error instanceof ApiError ? error.message : s.createFailed,
            showMyApplications: error instanceof ApiError && pointsToMyApplications.has(error.code),
          }),
      },
    );
  };

  return (
    <>
      {scenarioSection ? (
        <section className="content-panel" aria-labelledby="apply-scenarios-heading">
          <Typography.Title level={2} id="apply-scenarios-heading" className="section-heading">
            {s.chooseScenarios}
          </Typography.Title>
          <Typography.Paragraph className="section-intro">
            {s.chooseScenariosIntro(s.catalogEditionValue(call.catalogEdition))}
          </Typography.Paragraph>
          <ScenarioPicker scenarios={callForm.scenarios} selected={codes} onChange={setCodes} />
          {scenarioSection.allowCustom && (
            <>
              <Typography.Title level={3} className="section-heading-small">
                {s.customScenarios}
              </Typography.Title>
              <CustomScenarios names={customNames} onChange={setCustomNames} />
            </>
          )}
        </section>
      ) : (
        <Alert type="info" showIcon title={s.noScenarioSection} />
      )}
      <div className="apply-bar">
        {failure && (
          <Alert
            type="error"
            showIcon
            role="alert"
            title={s.createFailed}
            description={
              <>
                {failure.message}
                {failure.showMyApplications && (
                  <>
                    {' '}
                    <Link to="/applications">{s.goToMyApplications}</Link>
                  </>
                )}
              </>
            }
            className="apply-failure"
          />
        )}
        <div className="apply-bar-row">
          {scenarioSection && (
            <span className="apply-selected-count" aria-live="polite">
              {s.selectedCount(codes.length, customNames.length)}
            </span>
          )}
          <Button type="primary" size="large" loading={createApplication.isPending} onClick={submit}>
            {s.createApplication}
          </Button>
        </div>
      </div>
    </>
  );
}

/** 开始申报: the enterprise chooses its scenarios and creates the application, then edits it at /applications/:id. */
export function NewApplicationPage() {
  const { id = '' } = useParams();
  const callQuery = useCall(id);
  const formQuery = useCallForm(id);
  const me = useMe().data;
  const call = callQuery.data;
  const error = callQuery.error ?? formQuery.error;

  const body = () => {
    if (error) {
      return (
        <QueryError
          title={s.loadFailed}
          error={error}
          retryLabel={s.retry}
          onRetry={() => void Promise.all([callQuery.refetch(), formQuery.refetch()])}
        />
      );
    }
    if (!call || !formQuery.data) return <LoadingBlock label={s.applyLoading} />;
    if (me?.user.role !== 'enterprise') return <Alert type="warning" showIcon title={s.onlyEnterprises} />;
    const phase = phaseOf(call, Date.now());
    if (phase !== 'open') {
      const reason = phase === 'upcoming' ? s.notOpenYet(formatBeijingTime(call.opensAt)) : s.alreadyClosed;
      return <Alert type="warning" showIcon title={s.cannotApplyTitle} description={reason} />;
    }
    return <ApplicationForm call={call} callForm={formQuery.data} />;
  };

  return (
    <div className="page-container new-application-page">
      <PageTitle title={s.applyTitle} />
      <p className="call-back-link">
        <Link to={`/calls/${encodeURIComponent(id)}`}>{call ? call.title : s.backToList}</Link>
      </p>
      <header className="page-header">
        <Typography.Title level={1} className="page-heading">
          {s.applyTitle}
        </Typography.Title>
        <Typography.Paragraph className="page-intro">{s.applyIntro}</Typography.Paragraph>
      </header>
      {body()}
    </div>
  );
}
