import { Alert } from 'antd';
import { Link } from 'react-router';
import { ButtonLink } from '../../../components/button-link.js';
import type { Me } from '../../accounts/accounts.api.js';
import { type Call, useMyApplications } from '../calls.api.js';
import { callsStrings as s } from '../calls.strings.js';
import { type CallPhase, formatBeijingTime } from '../calls.time.js';

const isEnterprise = (me: Me | null | undefined) => me?.user.role === 'enterprise';

/** 开始申报 for a signed-in enterprise while the call is open; otherwise what the reader needs to do or know. */
export function ApplyPanel({ call, phase, me }: { call: Call; phase: CallPhase; me: Me | null | undefined }) {
  const applicationsQuery = useMyApplications({ enabled: isEnterprise(me) });
  const applyPath = `/calls/${encodeURIComponent(call.id)}/apply`;
  if (phase === 'closed') return <Alert type="info" showIcon title={s.alreadyClosed} />;
  if (phase === 'upcoming') return <Alert type="info" showIcon title={s.notOpenYet(formatBeijingTime(call.opensAt))} />;
  if (!me) {
    return (
      <div className="apply-panel">
        <p>{s.signInToApply}</p>
        <div className="apply-panel-actions">
          <ButtonLink type="primary" to={`/login?next=${encodeURIComponent(applyPath)}`}>
            {s.signInAsEnterprise}
          </ButtonLink>
          <Link to="/register">{s.registerEnterprise}</Link>
        </div>
      </div>
    );
  }
  if (!isEnterprise(me)) return <Alert type="info" showIcon title={s.onlyEnterprises} />;
  const existing = applicationsQuery.data?.find((application) => application.callId === call.id);
  return (
    <div className="apply-panel">
      {existing ? (
        <ButtonLink type="primary" size="large" to={`/applications/${encodeURIComponent(existing.id)}`}>
          {s.continueEditing}
        </ButtonLink>
      ) : (
        <ButtonLink type="primary" size="large" to={applyPath}>
          {s.startApplying}
        </ButtonLink>
      )}
      <Link to="/applications">{s.myApplications}</Link>
    </div>
  );
}
