import { type QueryClient, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import {
  type ApplicationView,
  applicationSchema,
  attachmentSchema,
  draftSavedSchema,
  type Problem,
  stampedUploadedSchema,
  statusAnswerSchema,
  validationAnswerSchema,
  versionDetailSchema,
  versionSummarySchema,
} from '../../../shared/applications/applications.schemas.js';
import { callSchema } from '../../../shared/calls/calls.schemas.js';
import { formVariantSchema } from '../../../shared/calls/template.schemas.js';
import { getJson, sendForm, sendJson } from '../../lib/http.js';

export type { ApplicationView, Problem };

/** The call's form snapshot and the scenarios of its catalogue edition (with their stage names). */
export const callFormSchema = z.object({
  form: formVariantSchema,
  scenarios: z.array(z.object({ code: z.string(), name: z.string(), stage: z.string() })),
});
export type CallForm = z.infer<typeof callFormSchema>;
export type ScenarioOption = CallForm['scenarios'][number];
export type DraftSaved = z.infer<typeof draftSavedSchema>;
export type VersionSummary = z.infer<typeof versionSummarySchema>;

const uploadedAttachmentSchema = attachmentSchema
  .pick({ id: true, kind: true, sha256: true, size: true, mediaType: true })
  .extend({ fingerprint: z.string() });

export const applicationsKeys = {
  all: ['applications'] as const,
  detail: (id: string) => [...applicationsKeys.all, 'detail', id] as const,
  validation: (id: string) => [...applicationsKeys.all, 'validation', id] as const,
  versions: (id: string) => [...applicationsKeys.all, 'versions', id] as const,
  version: (id: string, version: number) => [...applicationsKeys.all, 'versions', id, version] as const,
  call: (callId: string) => [...applicationsKeys.all, 'call', callId] as const,
  callForm: (callId: string) => [...applicationsKeys.all, 'call-form', callId] as const,
};

export const applicationPath = (id: string) => `/api/applications/${encodeURIComponent(id)}`;
/** Downloads (same-origin GET; the session cookie authorises them). */
export const exportPath = (id: string, format: 'docx' | 'pdf') => `${applicationPath(id)}/export?format=${format}`;
export const attachmentPath = (id: string, attachmentId: string) =>
  `${applicationPath(id)}/attachments/${encodeURIComponent(attachmentId)}`;
export const stampedPath = (id: string) => `${applicationPath(id)}/stamped`;

export const fetchApplication = (id: string, signal?: AbortSignal) =>
  getJson(applicationPath(id), applicationSchema, signal);

export function useApplication(id: string) {
  return useQuery({
    queryKey: applicationsKeys.detail(id),
    queryFn: ({ signal }) => fetchApplication(id, signal),
    staleTime: 0,
  });
}

export function useCall(callId: string | undefined) {
  return useQuery({
    queryKey: applicationsKeys.call(callId ?? ''),
    queryFn: ({ signal }) => getJson(`/api/calls/${encodeURIComponent(callId ?? '')}`, callSchema, signal),
    enabled: Boolean(callId),
  });
}

export function useCallForm(callId: string | undefined) {
  return useQuery({
    queryKey: applicationsKeys.callForm(callId ?? ''),
    queryFn: ({ signal }) => getJson(`/api/calls/${encodeURIComponent(callId ?? '')}/form`, callFormSchema, signal),
    enabled: Boolean(callId),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/** Every problem submission would report: content, attachments and the stamped scan. */
export function useValidation(id: string) {
  return useQuery({
    queryKey: applicationsKeys.validation(id),
    queryFn: ({ signal }) => getJson(`${applicationPath(id)}/validation`, validationAnswerSchema, signal),
    staleTime: 0,
  });
}

export function useVersions(id: string, isEnabled: boolean) {
  return useQuery({
    queryKey: applicationsKeys.versions(id),
    queryFn: ({ signal }) => getJson(`${applicationPath(id)}/versions`, z.array(versionSummarySchema), signal),
    enabled: isEnabled,
    staleTime: 0,
  });
}

export function useVersion(id: string, version: number | null) {
  return useQuery({
    queryKey: applicationsKeys.version(id, version ?? 0),
    queryFn: ({ signal }) => getJson(`${applicationPath(id)}/versions/${version}`, versionDetailSchema, signal),
    enabled: version !== null,
  });
}

/** PATCH with If-Match: the version the saved content is based on; stale answers 409 VERSION_CONFLICT. */
export const saveDraft = (id: string, version: number, data: Record<string, unknown>) =>
  sendJson('PATCH', applicationPath(id), {
    body: { data },
    schema: draftSavedSchema,
    headers: { 'if-match': String(version) },
  });

/** Keeps the cached application's version, fingerprint and save stamp in step with a save. */
export function storeSaved(queryClient: QueryClient, id: string, saved: DraftSaved, savedByName: string) {
  queryClient.setQueryData<ApplicationView>(applicationsKeys.detail(id), (old) =>
    old
      ? {
          ...old,
          version: saved.version,
          fingerprint: saved.fingerprint,
          updatedAt: saved.updatedAt,
          updatedByName: savedByName,
          stamped: old.stamped && { ...old.stamped, isCurrent: old.stamped.fingerprint === saved.fingerprint },
        }
      : old,
  );
  void queryClient.invalidateQueries({ queryKey: applicationsKeys.validation(id) });
}

function useInvalidateApplication(id: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: applicationsKeys.detail(id) }),
      queryClient.invalidateQueries({ queryKey: applicationsKeys.validation(id) }),
    ]);
}

export function useSubmitApplication(id: string) {
  const invalidate = useInvalidateApplication(id);
  return useMutation({
    mutationFn: () => sendJson('POST', `${applicationPath(id)}/submit`, { schema: statusAnswerSchema }),
    onSettled: invalidate,
  });
}

export function useWithdrawApplication(id: string) {
  const invalidate = useInvalidateApplication(id);
  return useMutation({
    mutationFn: (reason: string) =>
      sendJson('POST', `${applicationPath(id)}/withdraw`, { body: { reason }, schema: statusAnswerSchema }),
    onSuccess: invalidate,
  });
}

export const restoreVersion = (id: string, currentVersion: number, version: number) =>
  sendJson('POST', `${applicationPath(id)}/restore`, {
    body: { version },
    schema: z.object({ version: z.number(), fingerprint: z.string() }),
    headers: { 'if-match': String(currentVersion) },
  });

export function useUploadAttachment(id: string) {
  const invalidate = useInvalidateApplication(id);
  return useMutation({
    mutationFn: ({ kind, file }: { kind: string; file: File }) => {
      const body = new FormData();
      body.append('kind', kind);
      body.append('file', file);
      return sendForm(`${applicationPath(id)}/attachments`, { body, schema: uploadedAttachmentSchema });
    },
    onSuccess: invalidate,
  });
}

export function useDeleteAttachment(id: string) {
  const invalidate = useInvalidateApplication(id);
  return useMutation({
    mutationFn: (attachmentId: string) =>
      sendJson('DELETE', attachmentPath(id, attachmentId), { schema: z.object({ fingerprint: z.string() }) }),
    onSuccess: invalidate,
  });
}

export function useUploadStamped(id: string) {
  const invalidate = useInvalidateApplication(id);
  return useMutation({
    mutationFn: ({ file, fingerprint }: { file: File; fingerprint: string }) => {
      const body = new FormData();
      body.append('fingerprint', fingerprint);
      body.append('file', file);
      return sendForm(stampedPath(id), { body, schema: stampedUploadedSchema });
    },
    onSuccess: invalidate,
  });
}
