import { keepPreviousData, useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { enterpriseProfileSchema, pageOf } from '../../../shared/accounts/accounts.schemas.js';
import {
  applicationCreatedSchema,
  type CreateApplicationBody,
  type MyApplication,
  myApplicationSchema,
} from '../../../shared/applications/applications.schemas.js';
import {
  type Call,
  type CreateCallBody,
  callCreatedSchema,
  callDocumentSchema,
  callSchema,
  callStatsSchema,
  callStatusAnswerSchema,
  extensionSchema,
  type grantExtensionBodySchema,
} from '../../../shared/calls/calls.schemas.js';
import { callTemplateSummarySchema, formVariantSchema } from '../../../shared/calls/template.schemas.js';
import { getJson, sendForm, sendJson, withQuery } from '../../lib/http.js';

export type { Call, MyApplication };
export type CallTemplateSummary = z.infer<typeof callTemplateSummarySchema>;
export type CallForm = z.infer<typeof callFormSchema>;
export type CallStats = z.infer<typeof callStatsSchema>;
export type Extension = z.infer<typeof extensionSchema>;
export type CallDocument = z.infer<typeof callDocumentSchema>;
export type GrantExtensionInput = z.input<typeof grantExtensionBodySchema>;
/** One catalogue scenario an application may choose (场景 of the call's edition). */
export type ScenarioOption = CallForm['scenarios'][number];

const callFormSchema = z.object({
  form: formVariantSchema,
  scenarios: z.array(z.object({ code: z.string(), name: z.string(), stage: z.string() })),
});
const enterpriseChoicePageSchema = pageOf(enterpriseProfileSchema.pick({ id: true, name: true, uscc: true }));

/** Live counts refresh this often on the office's call page (申报情况). */
export const statsRefreshMs = 30_000;

export const callsKeys = {
  all: ['calls'] as const,
  templates: () => [...callsKeys.all, 'templates'] as const,
  publicList: () => [...callsKeys.all, 'public'] as const,
  managedList: () => [...callsKeys.all, 'managed'] as const,
  detail: (id: string) => [...callsKeys.all, 'detail', id] as const,
  form: (id: string) => [...callsKeys.all, 'form', id] as const,
  stats: (id: string) => [...callsKeys.all, 'stats', id] as const,
  extensions: (id: string) => [...callsKeys.all, 'extensions', id] as const,
  documents: (id: string) => [...callsKeys.all, 'documents', id] as const,
  enterpriseChoices: (q: string) => [...callsKeys.all, 'enterprise-choices', q] as const,
  myApplications: () => ['my-applications'] as const,
};

const callPath = (id: string) => `/api/calls/${encodeURIComponent(id)}`;

export function useCallTemplates() {
  return useQuery({
    queryKey: callsKeys.templates(),
    queryFn: ({ signal }) => getJson('/api/call-templates', z.array(callTemplateSummarySchema), signal),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/** Published and closed calls, for everyone. */
export function usePublicCalls() {
  return useQuery({
    queryKey: callsKeys.publicList(),
    queryFn: ({ signal }) => getJson('/api/calls', z.array(callSchema), signal),
    staleTime: 60_000,
  });
}

/** The calls the signed-in office manages, drafts included. */
export function useManagedCalls() {
  return useQuery({
    queryKey: callsKeys.managedList(),
    queryFn: ({ signal }) => getJson('/api/office/calls', z.array(callSchema), signal),
    staleTime: 0,
  });
}

export function useCall(id: string) {
  return useQuery({
    queryKey: callsKeys.detail(id),
    queryFn: ({ signal }) => getJson(callPath(id), callSchema, signal),
    staleTime: 0,
  });
}

/** The call's frozen form and the scenarios of its catalogue edition. */
export function useCallForm(id: string) {
  return useQuery({
    queryKey: callsKeys.form(id),
    queryFn: ({ signal }) => getJson(`${callPath(id)}/form`, callFormSchema, signal),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function useCallStats(id: string) {
  return useQuery({
    queryKey: callsKeys.stats(id),
    queryFn: ({ signal }) => getJson(`${callPath(id)}/stats`, callStatsSchema, signal),
    staleTime: 0,
    refetchInterval: statsRefreshMs,
  });
}

/** Application totals for the office's table: one stats request per call that can have applications. */
export function useCallTotals(calls: Call[]) {
  return useQueries({
    queries: calls.map((call) => ({
      queryKey: callsKeys.stats(call.id),
      queryFn: ({ signal }: { signal: AbortSignal }) => getJson(`${callPath(call.id)}/stats`, callStatsSchema, signal),
      enabled: call.status !== 'draft',
      staleTime: statsRefreshMs,
    })),
    combine: (results) => new Map(calls.map((call, index) => [call.id, results[index]?.data?.total])),
  });
}

export function useExtensions(id: string) {
  return useQuery({
    queryKey: callsKeys.extensions(id),
    queryFn: ({ signal }) => getJson(`${callPath(id)}/extensions`, z.array(extensionSchema), signal),
    staleTime: 0,
  });
}

/** Enterprises in the office's jurisdiction matching `q` (name or credit code), for the extension form. */
export function useEnterpriseChoices(q: string) {
  return useQuery({
    queryKey: callsKeys.enterpriseChoices(q),
    queryFn: ({ signal }) =>
      getJson(withQuery('/api/enterprises', { q: q || undefined, limit: 20 }), enterpriseChoicePageSchema, signal),
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
}

export function useCreateCall() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateCallBody) => sendJson('POST', '/api/calls', { body, schema: callCreatedSchema }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: callsKeys.all }),
  });
}

/** 发布 or 结束申报: both answer the new status and change what every list shows. */
export function useChangeCallStatus() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, action }: { id: string; action: 'publish' | 'close' }) =>
      sendJson('POST', `${callPath(id)}/${action}`, { schema: callStatusAnswerSchema }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: callsKeys.all }),
  });
}

export function useGrantExtension(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: GrantExtensionInput) =>
      sendJson('POST', `${callPath(id)}/extensions`, { body, schema: extensionSchema }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: callsKeys.extensions(id) }),
  });
}

/** 我的申报: the enterprise's applications with their deadlines and what is still missing. */
export function useMyApplications({ enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: callsKeys.myApplications(),
    queryFn: ({ signal }) => getJson('/api/my/applications', z.array(myApplicationSchema), signal),
    enabled,
    staleTime: 0,
  });
}

/** 删除草稿 at the version the list showed; the list is read again either way (a conflict means it moved on). */
export function useDeleteDraft() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) =>
      sendJson('DELETE', `/api/applications/${encodeURIComponent(id)}`, {
        schema: z.unknown(),
        headers: { 'if-match': String(version) },
      }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: callsKeys.myApplications() }),
  });
}

/** Creates the enterprise's application under a call with the scenarios it chose; answers its id. */
export function createApplication(callId: string, body: CreateApplicationBody) {
  return sendJson('POST', `${callPath(callId)}/applications`, { body, schema: applicationCreatedSchema });
}

export function useCreateApplication(callId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateApplicationBody) => createApplication(callId, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: callsKeys.myApplications() }),
  });
}

/** Where a notice document downloads from (a plain link: the browser sends the session cookie). */
export const callDocumentPath = (callId: string, documentId: string) =>
  `${callPath(callId)}/documents/${encodeURIComponent(documentId)}`;

export function useCallDocuments(id: string) {
  return useQuery({
    queryKey: callsKeys.documents(id),
    queryFn: ({ signal }) => getJson(`${callPath(id)}/documents`, z.array(callDocumentSchema), signal),
    staleTime: 0,
  });
}

export function useUploadCallDocument(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ file, title }: { file: File; title?: string }) => {
      const body = new FormData();
      if (title) body.append('title', title);
      body.append('file', file);
      return sendForm(`${callPath(id)}/documents`, { body, schema: callDocumentSchema });
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: callsKeys.documents(id) }),
  });
}

export function useDeleteCallDocument(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (documentId: string) =>
      sendJson('DELETE', callDocumentPath(id, documentId), { schema: z.object({ id: z.string() }) }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: callsKeys.documents(id) }),
  });
}
