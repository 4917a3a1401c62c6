import { Button, Drawer, Input, Popconfirm, Space, Typography } from 'antd';
import { useId, useState } from 'react';
import { LoadingBlock } from '../../../components/loading-block.js';
import { QueryError } from '../../../components/query-error.js';
import { type ActionResult, ResultBanner } from '../../../components/result-banner.js';
import { ApiError } from '../../../lib/http.js';
import { licencePath, useEnterprise, useVerifyEnterprise } from '../enterprises.api.js';
import { enterprisesStrings as s } from '../enterprises.strings.js';
import { EnterpriseDescriptions } from './enterprise-descriptions.js';

function verifyMessage(error: unknown): string {
  if (error instanceof ApiError) return error.code === 'LICENCE_MISSING' ? s.licenceMissing : error.message;
  return s.verifyFailed;
}

/** 企业详情 for a recommending unit: the profile, the licence download and the 核验 decision. */
export function EnterpriseDrawer({ id, onClose }: { id: string; onClose: () => void }) {
  const profileQuery = useEnterprise(id);
  const verify = useVerifyEnterprise(id);
  const [note, setNote] = useState('');
  const [result, setResult] = useState<ActionResult | null>(null);
  const noteId = useId();
  const profile = profileQuery.data;

  const decide = (decision: 'verified' | 'rejected') => {
    setResult(null);
    verify.mutate(
      { decision, note: note.trim() },
      {
        onSuccess: () => setResult({ ok: true, message: decision === 'verified' ? s.approved : s.rejected }),
        onError: (error) => setResult({ ok: false, message: verifyMessage(error) }),
      },
    );
  };

  return (
    <Drawer open onClose={onClose} size="large" title={profile ? s.drawerTitle(profile.name) : s.view} closable>
      {profileQuery.isError ? (
        <QueryError
          title={s.loadFailed}
          error={profileQuery.error}
          retryLabel={s.retry}
          onRetry={() => void profileQuery.refetch()}
        />
      ) : !profile ? (
        <LoadingBlock label={s.profileSection} />
      ) : (
        <>
          <EnterpriseDescriptions profile={profile} columns={1} />
          <p className="enterprise-licence-actions enterprise-verify-panel">
            {profile.hasLicence ? <a href={licencePath(profile.id)}>{s.download}</a> : s.noLicence}
          </p>
          {profile.can.verify && (
            <section className="enterprise-verify-panel" aria-labelledby={`${noteId}-heading`}>
              <Typography.Title level={3} id={`${noteId}-heading`} className="section-heading-small">
                {s.verifySection}
              </Typography.Title>
              <ResultBanner result={result} className="enterprise-banner" />
              <label htmlFor={noteId} className="enterprise-note-label">
                {s.note}
              </label>
              <Input.TextArea
                id={noteId}
                value={note}
                onChange={(event) => setNote(event.target.value)}
                maxLength={500}
                autoSize={{ minRows: 2, maxRows: 6 }}
                placeholder={s.notePlaceholder}
              />
              <Space wrap className="enterprise-verify-panel">
                <Popconfirm
                  title={s.confirmApprove(profile.name)}
                  okText={s.confirm}
                  cancelText={s.cancel}
                  onConfirm={() => decide('verified')}
                >
                  <Button type="primary" loading={verify.isPending && verify.variables?.decision === 'verified'}>
                    {s.approve}
                  </Button>
                </Popconfirm>
                <Popconfirm
                  title={s.confirmReject(profile.name)}
                  okText={s.confirm}
                  cancelText={s.cancel}
                  okButtonProps={{ danger: true }}
                  onConfirm={() => decide('rejected')}
                >
                  <Button danger loading={verify.isPending && verify.variables?.decision === 'rejected'}>
                    {s.reject}
                  </Button>
                </Popconfirm>
              </Space>
            </section>
          )}
        </>
      )}
    </Drawer>
  );
}
