import { useInfiniteQuery, useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { statusAnswerSchema } from '../../../shared/applications/applications.schemas.js';
import { type Call, callSchema } from '../../../shared/calls/calls.schemas.js';
import {
  dashboardSchema,
  recommendationCreatedSchema,
  recommendationSchema,
  type SubmitRecommendationBody,
} from '../../../shared/recommendations/recommendations.schemas.js';
import { regionNodeSchema } from '../../../shared/reference/reference.schemas.js';
import {
  type FormalReviewBody,
  formalReviewSheetSchema,
  queuePageSchema,
  reviewCommentsSchema,
} from '../../../shared/reviews/reviews.schemas.js';
import { getJson, sendJson, withQuery } from '../../lib/http.js';
import { applicationsKeys } from '../applications/applications.api.js';

export type { Call };
export type QueueItem = z.infer<typeof queuePageSchema>['items'][number];
export type QueueStage = QueueItem['stage'];
export type FormalReviewSheet = z.infer<typeof formalReviewSheetSchema>;
export type Recommendation = z.infer<typeof recommendationSchema>;
export type Dashboard = z.infer<typeof dashboardSchema>;
export type ReviewComments = NonNullable<z.infer<typeof reviewCommentsSchema>>;

/** Applications per page of a queue tab (加载更多 fetches the next). */
export const queuePageSize = 20;

export const reviewsKeys = {
  all: ['reviews'] as const,
  queue: (callId: string, stage: QueueStage) => [...reviewsKeys.all, 'queue', callId, stage] as const,
  sheet: (id: string) => [...reviewsKeys.all, 'sheet', id] as const,
  comments: (id: string) => [...reviewsKeys.all, 'comments', id] as const,
  lists: (callId: string) => [...reviewsKeys.all, 'lists', callId] as const,
  dashboard: (callId: string) => [...reviewsKeys.all, 'dashboard', callId] as const,
  regions: (parent: string) => [...reviewsKeys.all, 'regions', parent] as const,
};

const callPath = (callId: string) => `/api/calls/${encodeURIComponent(callId)}`;
const formalReviewPath = (id: string) => `/api/applications/${encodeURIComponent(id)}/formal-review`;

/** 推荐汇总表 of the caller's level (same-origin GET; the session cookie authorises it). */
export const summaryPath = (callId: string, format: 'xlsx' | 'docx') =>
  `${callPath(callId)}/recommendations/summary?format=${format}`;
/** 形式审查表 as DOCX, printed for stamping. */
export const sheetExportPath = (id: string) => `${formalReviewPath(id)}/export`;

/** Published and closed calls: the ones that can have applications to review. */
export function useReviewCalls() {
  return useQuery({
    queryKey: [...reviewsKeys.all, 'calls'],
    queryFn: ({ signal }) => getJson('/api/calls', z.array(callSchema), signal),
    staleTime: 60_000,
  });
}

/** 待形式审查 or 待推荐: the applications the caller's unit holds in a call, paged by id. */
export function useReviewQueue(callId: string, stage: QueueStage) {
  return useInfiniteQuery({
    queryKey: reviewsKeys.queue(callId, stage),
    queryFn: ({ pageParam, signal }) =>
      getJson(
        withQuery('/api/reviews/queue', { callId, stage, cursor: pageParam, limit: queuePageSize }),
        queuePageSchema,
        signal,
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    enabled: callId !== '',
    staleTime: 0,
  });
}

export function useFormalReviewSheet(id: string) {
  return useQuery({
    queryKey: reviewsKeys.sheet(id),
    queryFn: ({ signal }) => getJson(formalReviewPath(id), formalReviewSheetSchema, signal),
    staleTime: 0,
  });
}

export function useDecideReview(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: FormalReviewBody) =>
      sendJson('POST', formalReviewPath(id), { body, schema: statusAnswerSchema }),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: reviewsKeys.all }),
        queryClient.invalidateQueries({ queryKey: applicationsKeys.detail(id) }),
      ]),
  });
}

/** The last return's comments, read by the enterprise while its application is returned. */
export function useReturnComments(id: string, isEnabled: boolean) {
  return useQuery({
    queryKey: reviewsKeys.comments(id),
    queryFn: ({ signal }) =>
      getJson(`/api/applications/${encodeURIComponent(id)}/review-comments`, reviewCommentsSchema, signal),
    enabled: isEnabled,
    staleTime: 0,
  });
}

export function useRecommendations(callId: string) {
  return useQuery({
    queryKey: reviewsKeys.lists(callId),
    queryFn: ({ signal }) => getJson(`${callPath(callId)}/recommendations`, z.array(recommendationSchema), signal),
    enabled: callId !== '',
    staleTime: 0,
  });
}

export function useDashboard(callId: string) {
  return useQuery({
    queryKey: reviewsKeys.dashboard(callId),
    queryFn: ({ signal }) => getJson(`${callPath(callId)}/dashboard`, dashboardSchema, signal),
    enabled: callId !== '',
    staleTime: 0,
  });
}

/** Every write here moves applications between the queues, lists and counts of the call. */
function useInvalidateCall(callId: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all(
      (['queue', 'lists', 'dashboard'] as const).map((kind) =>
        queryClient.invalidateQueries({ queryKey: [...reviewsKeys.all, kind, callId] }),
      ),
    );
}

export function useSubmitRecommendation(callId: string) {
  const invalidate = useInvalidateCall(callId);
  return useMutation({
    mutationFn: (body: SubmitRecommendationBody) =>
      sendJson('POST', `${callPath(callId)}/recommendations`, { body, schema: recommendationCreatedSchema }),
    onSuccess: invalidate,
  });
}

export function useRecallRecommendation(callId: string) {
  const invalidate = useInvalidateCall(callId);
  return useMutation({
    mutationFn: (id: string) =>
      sendJson('POST', `/api/recommendations/${encodeURIComponent(id)}/recall`, {
        schema: z.object({ status: z.literal('recalled') }),
      }),
    onSuccess: invalidate,
  });
}

export function useReturnItem(callId: string) {
  const invalidate = useInvalidateCall(callId);
  return useMutation({
    mutationFn: ({ listId, applicationId, reason }: { listId: string; applicationId: string; reason: string }) =>
      sendJson(
        'POST',
        `/api/recommendations/${encodeURIComponent(listId)}/items/${encodeURIComponent(applicationId)}/return`,
        { body: { reason }, schema: z.object({ status: z.literal('locked') }) },
      ),
    onSuccess: invalidate,
  });
}

/** The code whose children include `code`: a district's city, a city's province, '' (all provinces) for a province. */
const parentRegionOf = (code: string) => {
  if (code.endsWith('0000')) return '';
  return code.endsWith('00') ? `${code.slice(0, 2)}0000` : `${code.slice(0, 4)}00`;
};

/**
 * Names of 行政区划 codes (420106 → 武昌区), read from their parents' children: one request per city (or province
 * for a city-level code), cached for good because the reference data changes only when seeded.
 */
export function useRegionNames(codes: string[]): Map<string, string> {
  const parents = [...new Set(codes.map(parentRegionOf))];
  return useQueries({
    queries: parents.map((parent) => ({
      queryKey: reviewsKeys.regions(parent),
      queryFn: ({ signal }: { signal: AbortSignal }) =>
        getJson(withQuery('/api/reference/regions', { parent }), z.array(regionNodeSchema), signal),
      staleTime: Number.POSITIVE_INFINITY,
    })),
    combine: (results) =>
      new Map(results.flatMap((result) => (result.data ?? []).map((node) => [node.code, node.name] as const))),
  });
}
