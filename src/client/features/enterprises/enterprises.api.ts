import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import {
  type EnterpriseProfile,
  enterpriseProfileSchema,
  pageOf,
  type UpdateEnterpriseBody,
  uploadedFileSchema,
  type verifyEnterpriseBodySchema,
} from '../../../shared/accounts/accounts.schemas.js';
import { getJson, sendForm, sendJson, withQuery } from '../../lib/http.js';

export type { EnterpriseProfile };
export type VerifyEnterpriseInput = z.input<typeof verifyEnterpriseBodySchema>;
export type EnterpriseFilters = { q?: string; verified?: 'true' | 'false' };

const enterprisePageSchema = pageOf(enterpriseProfileSchema);

/** Rows per request; "加载更多" fetches the next page with the answer's cursor. */
export const enterprisesPageSize = 50;

export const enterprisesKeys = {
  all: ['enterprises'] as const,
  list: (filters: EnterpriseFilters) => [...enterprisesKeys.all, 'list', filters] as const,
  profile: (id: string) => [...enterprisesKeys.all, 'profile', id] as const,
};

const profilePath = (id: string) => `/api/enterprises/${encodeURIComponent(id)}`;

/** Where the licence scan downloads from (same-origin GET, the session cookie authorises it). */
export const licencePath = (id: string) => `${profilePath(id)}/licence`;

export function useEnterprise(id: string | undefined) {
  return useQuery({
    queryKey: enterprisesKeys.profile(id ?? ''),
    queryFn: ({ signal }) => getJson(profilePath(id ?? ''), enterpriseProfileSchema, signal),
    enabled: Boolean(id),
    staleTime: 0,
  });
}

export function useEnterprises(filters: EnterpriseFilters) {
  return useInfiniteQuery({
    queryKey: enterprisesKeys.list(filters),
    queryFn: ({ pageParam, signal }) =>
      getJson(
        withQuery('/api/enterprises', { ...filters, cursor: pageParam, limit: enterprisesPageSize }),
        enterprisePageSchema,
        signal,
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    staleTime: 0,
  });
}

/** Keeps every cached copy of a profile current after a write answered with the new one. */
function useStoreProfile() {
  const queryClient = useQueryClient();
  return (profile: EnterpriseProfile) => {
    queryClient.setQueryData(enterprisesKeys.profile(profile.id), profile);
    void queryClient.invalidateQueries({ queryKey: [...enterprisesKeys.all, 'list'] });
  };
}

/** PATCH with If-Match: the version the edit started from; a stale version answers 409 VERSION_CONFLICT. */
export function useUpdateEnterprise(id: string) {
  const storeProfile = useStoreProfile();
  return useMutation({
    mutationFn: ({ version, changes }: { version: number; changes: UpdateEnterpriseBody }) =>
      sendJson('PATCH', profilePath(id), {
        body: changes,
        schema: enterpriseProfileSchema,
        headers: { 'if-match': String(version) },
      }),
    onSuccess: storeProfile,
  });
}

export function useUploadLicence(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => {
      const body = new FormData();
      body.append('file', file);
      return sendForm(licencePath(id), { body, schema: uploadedFileSchema });
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: enterprisesKeys.all }),
  });
}

export function useVerifyEnterprise(id: string) {
  const storeProfile = useStoreProfile();
  return useMutation({
    mutationFn: (body: VerifyEnterpriseInput) =>
      sendJson('POST', `${profilePath(id)}/verification`, { body, schema: enterpriseProfileSchema }),
    onSuccess: storeProfile,
  });
}

/** Reads the current profile afresh (after a 409) and stores it for every view of it. */
export function useRefetchEnterprise() {
  const queryClient = useQueryClient();
  return (id: string) =>
    queryClient.fetchQuery({
      queryKey: enterprisesKeys.profile(id),
      queryFn: ({ signal }) => getJson(profilePath(id), enterpriseProfileSchema, signal),
      staleTime: 0,
    });
}
