import { Button } from 'antd';
import { type ReactNode, useEffect, useState } from 'react';
import { Link } from 'react-router';
import { type ApplicationState, applicationStateLabels } from '../../../../shared/applications/application-state.js';
import { formatDateTime } from '../../../lib/format.js';
import type { ApplicationView } from '../applications.api.js';
import { applicationsStrings as s } from '../applications.strings.js';
import { formatClock } from './format-value.js';
import type { SaveStatus } from './use-draft-editor.js';

/** Tag colours by stage of the workflow (darkened in applications.css for AA contrast). */
const stateTone: Record<ApplicationState, string> = {
  draft: 'draft',
  submitted: 'done',
  withdrawn: 'warning',
  returned: 'danger',
  review_passed: 'done',
  review_failed: 'danger',
  recommended: 'done',
  expert_review: 'progress',
  shortlisted: 'progress',
  public_notice: 'progress',
  awarded: 'done',
  not_awarded: 'neutral',
};

export function StatusTag({ status }: { status: ApplicationState }) {
  return <span className={`app-status-tag is-${stateTone[status]}`}>{applicationStateLabels[status]}</span>;
}

/** 截止时间 with the time left, refreshed every half minute; urgent in the last three days. */
function DeadlineCountdown({ deadline }: { deadline: string }) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(timer);
  }, []);
  const left = Date.parse(deadline) - now;
  const hours = Math.floor(left / 3_600_000);
  const text =
    left <= 0
      ? s.closed
      : hours < 1
        ? s.remainingMinutes(Math.max(1, Math.floor(left / 60_000)))
        : s.remaining(Math.floor(hours / 24), hours % 24);
  const tone = left <= 0 ? 'is-closed' : hours < 72 ? 'is-urgent' : '';
  return (
    <span className={`app-deadline ${tone}`}>
      {s.deadline(formatDateTime(deadline))}
      <span className="app-deadline-left">{text}</span>
    </span>
  );
}

const statusText = (status: SaveStatus) => {
  switch (status.kind) {
    case 'saved':
      return s.saved;
    case 'unsaved':
      return s.unsaved;
    case 'saving':
      return s.saving;
    case 'offline':
      return s.offline;
    case 'conflict':
      return s.conflict;
    case 'error':
      return s.saveFailed(status.message);
  }
};

/** 保存状态: what happened to the last edits, and when and by whom the content was last saved. */
function SaveIndicator({
  status,
  application,
  onSaveNow,
}: {
  status: SaveStatus;
  application: ApplicationView;
  onSaveNow: () => void;
}) {
  return (
    <div className={`app-save-indicator is-${status.kind}`}>
      <span className="app-save-dot" aria-hidden="true" />
      <span role="status" aria-label={s.saveStatusLabel} className="app-save-text">
        {statusText(status)}
      </span>
      <span className="app-save-time">{s.savedAt(formatClock(application.updatedAt), application.updatedByName)}</span>
      {(status.kind === 'error' || status.kind === 'offline') && (
        <Button size="small" onClick={onSaveNow}>
          {s.saveNow}
        </Button>
      )}
    </div>
  );
}

/** The sticky head of the editor: call, status, deadline, save state and the page's actions. */
export function EditorHeader({
  application,
  status,
  isEditable,
  onSaveNow,
  actions,
}: {
  application: ApplicationView;
  status: SaveStatus;
  isEditable: boolean;
  onSaveNow: () => void;
  actions: ReactNode;
}) {
  return (
    <header className="app-editor-header">
      <div className="app-editor-heading">
        <nav aria-label={s.breadcrumbLabel} className="app-breadcrumb">
          <Link to="/applications">{s.breadcrumbMine}</Link>
          <span aria-hidden="true"> / </span>
        </nav>
        <h1 className="app-editor-title">{application.callTitle}</h1>
        <div className="app-editor-meta">
          <StatusTag status={application.status} />
          <span>{s.enterprise(application.enterpriseName)}</span>
          <DeadlineCountdown deadline={application.deadline} />
        </div>
      </div>
      <div className="app-editor-actions">
        {isEditable && <SaveIndicator status={status} application={application} onSaveNow={onSaveNow} />}
        <div className="app-editor-buttons">{actions}</div>
      </div>
    </header>
  );
}
