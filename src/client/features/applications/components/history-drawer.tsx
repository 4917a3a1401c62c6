import { Button, Drawer, Empty, Popconfirm } from 'antd';
import { useState } from 'react';
import type { ApplicationData } from '../../../../shared/applications/form-walk.js';
import type { FormVariant } from '../../../../shared/calls/template.schemas.js';
import { LoadingBlock } from '../../../components/loading-block.js';
import { QueryError } from '../../../components/query-error.js';
import { formatDateTime } from '../../../lib/format.js';
import { useVersion, useVersions } from '../applications.api.js';
import { applicationsStrings as s } from '../applications.strings.js';
import { VersionDiff } from './version-diff.js';

/**
 * 历史版本: the saved versions (time, who, why); choosing one shows what differs from the current content, and
 * 恢复此版本 writes it back as a new version (the history keeps everything).
 */
export function HistoryDrawer({
  applicationId,
  variant,
  currentData,
  currentVersion,
  isEditable,
  isRestoring,
  onRestore,
  onClose,
}: {
  applicationId: string;
  variant: FormVariant;
  currentData: ApplicationData;
  currentVersion: number;
  isEditable: boolean;
  isRestoring: boolean;
  onRestore: (version: number) => void;
  onClose: () => void;
}) {
  const versions = useVersions(applicationId, true);
  const [selected, setSelected] = useState<number | null>(null);
  const detail = useVersion(applicationId, selected);

  let list: React.ReactNode;
  if (versions.isError)
    list = (
      <QueryError
        title={s.loadFailed}
        error={versions.error}
        retryLabel={s.retry}
        onRetry={() => void versions.refetch()}
      />
    );
  else if (!versions.data) list = <LoadingBlock label={s.history} rows={4} />;
  else if (versions.data.length === 0) list = <Empty description={s.versionsEmpty} />;
  else
    list = (
      <ol className="app-version-list" aria-label={s.versionsLabel}>
        {versions.data.map((entry) => (
          <li key={entry.version}>
            <button
              type="button"
              className={selected === entry.version ? 'app-version is-selected' : 'app-version'}
              aria-pressed={selected === entry.version}
              onClick={() => setSelected(entry.version)}
            >
              <span className="app-version-title">
                {s.versionTitle(entry.version)}
                {entry.version === currentVersion && <span className="app-version-current">{s.versionCurrent}</span>}
              </span>
              <span className="app-version-meta">
                {formatDateTime(entry.savedAt)} · {entry.savedByName} · {s.versionReason[entry.reason] ?? entry.reason}
              </span>
            </button>
          </li>
        ))}
      </ol>
    );

  let diff: React.ReactNode = <p className="app-side-hint">{s.pickVersion}</p>;
  if (selected !== null && detail.isError)
    diff = (
      <QueryError
        title={s.loadFailed}
        error={detail.error}
        retryLabel={s.retry}
        onRetry={() => void detail.refetch()}
      />
    );
  else if (selected !== null && !detail.data) diff = <LoadingBlock label={s.diffTitle(selected)} rows={6} />;
  else if (selected !== null && detail.data)
    diff = (
      <>
        <div className="app-diff-head">
          <h3 className="app-diff-title">{s.diffTitle(selected)}</h3>
          {isEditable && (
            <Popconfirm
              title={s.confirmRestore(selected)}
              okText={s.restore}
              cancelText={s.cancel}
              onConfirm={() => onRestore(selected)}
            >
              <Button type="primary" loading={isRestoring}>
                {s.restore}
              </Button>
            </Popconfirm>
          )}
        </div>
        <VersionDiff variant={variant} before={detail.data.data} after={currentData} />
      </>
    );

  return (
    <Drawer open onClose={onClose} title={s.history} size={960} closable>
      <p className="app-side-hint">{s.historyIntro}</p>
      <div className="app-history">
        <div className="app-history-list">{list}</div>
        <div className="app-history-diff" aria-live="polite">
          {diff}
        </div>
      </div>
    </Drawer>
  );
}
