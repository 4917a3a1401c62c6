import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import {
  auditEntrySchema,
  type createInvitationBodySchema,
  type createOrganizationBodySchema,
  type createUserBodySchema,
  idSchema,
  invitationCreatedSchema,
  organizationListItemSchema,
  pageOf,
  passwordResetIssuedSchema,
  userListItemSchema,
} from '../../../shared/accounts/accounts.schemas.js';
import { getJson, sendJson, withQuery } from '../../lib/http.js';

export type OrganizationListItem = z.infer<typeof organizationListItemSchema>;
export type UserListItem = z.infer<typeof userListItemSchema>;
export type AuditEntry = z.infer<typeof auditEntrySchema>;
export type CreateOrganizationInput = z.input<typeof createOrganizationBodySchema>;
export type CreateUserInput = z.input<typeof createUserBodySchema>;
export type CreateInvitationInput = z.input<typeof createInvitationBodySchema>;

export type OrganizationFilters = { q?: string; type?: OrganizationListItem['type'] };
export type UserFilters = { q?: string; organizationId?: string };
export type AuditFilters = { action?: string; actor?: string };

const organizationPageSchema = pageOf(organizationListItemSchema);
const userPageSchema = pageOf(userListItemSchema);
const auditPageSchema = pageOf(auditEntrySchema);

/** Rows per request; "加载更多" fetches the next page with the answer's cursor. */
export const adminPageSize = 50;

export const adminKeys = {
  all: ['admin'] as const,
  organizations: (filters: OrganizationFilters) => [...adminKeys.all, 'organizations', filters] as const,
  users: (filters: UserFilters) => [...adminKeys.all, 'users', filters] as const,
  audit: (filters: AuditFilters) => [...adminKeys.all, 'audit', filters] as const,
};

const nextCursorOf = (page: { nextCursor: string | null }) => page.nextCursor ?? undefined;

export function useOrganizations(filters: OrganizationFilters) {
  return useInfiniteQuery({
    queryKey: adminKeys.organizations(filters),
    queryFn: ({ pageParam, signal }) =>
      getJson(
        withQuery('/api/admin/organizations', { ...filters, cursor: pageParam, limit: adminPageSize }),
        organizationPageSchema,
        signal,
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: nextCursorOf,
    staleTime: 0,
  });
}

export function useUsers(filters: UserFilters) {
  return useInfiniteQuery({
    queryKey: adminKeys.users(filters),
    queryFn: ({ pageParam, signal }) =>
      getJson(
        withQuery('/api/admin/users', { ...filters, cursor: pageParam, limit: adminPageSize }),
        userPageSchema,
        signal,
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: nextCursorOf,
    staleTime: 0,
  });
}

export function useAuditLog(filters: AuditFilters) {
  return useInfiniteQuery({
    queryKey: adminKeys.audit(filters),
    queryFn: ({ pageParam, signal }) =>
      getJson(
        withQuery('/api/admin/audit', { ...filters, cursor: pageParam, limit: adminPageSize }),
        auditPageSchema,
        signal,
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: nextCursorOf,
    staleTime: 0,
  });
}

export function useCreateOrganization() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateOrganizationInput) =>
      sendJson('POST', '/api/admin/organizations', { body, schema: idSchema }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...adminKeys.all, 'organizations'] }),
  });
}

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateUserInput) => sendJson('POST', '/api/admin/users', { body, schema: idSchema }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: adminKeys.all }),
  });
}

export function useCreateInvitation() {
  return useMutation({
    mutationFn: (body: CreateInvitationInput) =>
      sendJson('POST', '/api/admin/invitations', { body, schema: invitationCreatedSchema }),
  });
}

export function useIssuePasswordReset() {
  return useMutation({
    mutationFn: (userId: string) =>
      sendJson('POST', `/api/admin/users/${encodeURIComponent(userId)}/password-reset`, {
        schema: passwordResetIssuedSchema,
      }),
  });
}
