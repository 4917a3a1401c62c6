import { type QueryClient, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import {
  type acceptInvitationBodySchema,
  apiTokenCreatedSchema,
  apiTokenSchema,
  type changePasswordBodySchema,
  invitationInfoSchema,
  type loginBodySchema,
  meSchema,
  type passwordResetBodySchema,
  type RegisterEnterpriseBody,
  registeredEnterpriseSchema,
  sessionSchema,
  userSummarySchema,
} from '../../../shared/accounts/accounts.schemas.js';
import { getJson, isUnauthenticatedError, readCsrfToken, sendJson } from '../../lib/http.js';

export type Me = z.infer<typeof meSchema>;
export type LoginBody = z.input<typeof loginBodySchema>;
export type ChangePasswordBody = z.input<typeof changePasswordBodySchema>;
export type AcceptInvitationBody = z.input<typeof acceptInvitationBodySchema>;
export type PasswordResetBody = z.input<typeof passwordResetBodySchema>;

/** Writes that answer `{ ok: true }` or nothing worth reading. */
const anyAnswerSchema = z.unknown();
const signedInSchema = z.object({ user: userSummarySchema });

export const accountsKeys = {
  all: ['accounts'] as const,
  me: () => [...accountsKeys.all, 'me'] as const,
  sessions: () => [...accountsKeys.all, 'sessions'] as const,
  tokens: () => [...accountsKeys.all, 'tokens'] as const,
  invitation: (token: string) => [...accountsKeys.all, 'invitation', token] as const,
};

/** Query keys of data that belongs to the signed-in user; dropped whenever the session changes. */
const userScopedKeys = [accountsKeys.sessions(), accountsKeys.tokens(), ['admin']];

/**
 * The signed-in user and organisation, or null when nobody is signed in. The server sets the readable `csrf`
 * cookie with every session and clears both together, so without it there is no session to ask about: anonymous
 * visitors of the public pages make no request (and log no 401).
 */
export async function fetchMe(signal?: AbortSignal): Promise<Me | null> {
  if (!readCsrfToken()) return null;
  try {
    return await getJson('/api/me', meSchema, signal);
  } catch (error) {
    if (isUnauthenticatedError(error)) return null;
    throw error;
  }
}

export function useMe() {
  return useQuery({ queryKey: accountsKeys.me(), queryFn: ({ signal }) => fetchMe(signal), staleTime: 60_000 });
}

/**
 * After sign-in, registration or accepting an invitation: forget the previous user's data and load the new
 * session before navigating, so a protected page does not see a stale "anonymous" and bounce to sign-in.
 */
export async function reloadSession(queryClient: QueryClient): Promise<Me | null> {
  for (const queryKey of userScopedKeys) queryClient.removeQueries({ queryKey });
  return queryClient.fetchQuery({
    queryKey: accountsKeys.me(),
    queryFn: ({ signal }) => fetchMe(signal),
    staleTime: 0,
  });
}

export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: LoginBody) => sendJson('POST', '/api/auth/login', { body, schema: signedInSchema }),
    onSuccess: () => reloadSession(queryClient),
  });
}

/**
 * Ends the session on the server. The caller then loads the home page afresh, which drops everything the
 * previous user's pages held in memory; clearing the cache in place would first bounce a protected page
 * to the sign-in page.
 */
export function useSignOut() {
  return useMutation({
    mutationFn: () => sendJson('POST', '/api/auth/logout', { schema: anyAnswerSchema }),
  });
}

export function useRegisterEnterprise() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RegisterEnterpriseBody) =>
      sendJson('POST', '/api/enterprises/register', { body, schema: registeredEnterpriseSchema }),
    onSuccess: () => reloadSession(queryClient),
  });
}

export function useChangePassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ChangePasswordBody) => sendJson('POST', '/api/me/password', { body, schema: anyAnswerSchema }),
    // Changing the password may end the other sessions.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: accountsKeys.sessions() }),
  });
}

export function useSessions() {
  return useQuery({
    queryKey: accountsKeys.sessions(),
    queryFn: ({ signal }) => getJson('/api/me/sessions', sessionSchema.array(), signal),
    staleTime: 0,
  });
}

export function useEndSession() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (sessionId: string) =>
      sendJson('DELETE', `/api/me/sessions/${encodeURIComponent(sessionId)}`, { schema: anyAnswerSchema }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: accountsKeys.sessions() }),
  });
}

export function useEndOtherSessions() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => sendJson('POST', '/api/me/sessions/revoke-others', { schema: anyAnswerSchema }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: accountsKeys.sessions() }),
  });
}

export function useApiTokens() {
  return useQuery({
    queryKey: accountsKeys.tokens(),
    queryFn: ({ signal }) => getJson('/api/me/tokens', apiTokenSchema.array(), signal),
    staleTime: 0,
  });
}

export function useCreateApiToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (name: string) => sendJson('POST', '/api/me/tokens', { body: { name }, schema: apiTokenCreatedSchema }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: accountsKeys.tokens() }),
  });
}

export function useRevokeApiToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (tokenId: string) =>
      sendJson('DELETE', `/api/me/tokens/${encodeURIComponent(tokenId)}`, { schema: anyAnswerSchema }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: accountsKeys.tokens() }),
  });
}

export function useInvitation(token: string) {
  return useQuery({
    queryKey: accountsKeys.invitation(token),
    queryFn: ({ signal }) => getJson(`/api/invitations/${encodeURIComponent(token)}`, invitationInfoSchema, signal),
    staleTime: 0,
  });
}

export function useAcceptInvitation(token: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: AcceptInvitationBody) =>
      sendJson('POST', `/api/invitations/${encodeURIComponent(token)}/accept`, { body, schema: signedInSchema }),
    onSuccess: () => reloadSession(queryClient),
  });
}

export function useResetPassword() {
  return useMutation({
    mutationFn: (body: PasswordResetBody) =>
      sendJson('POST', '/api/auth/password-reset', { body, schema: anyAnswerSchema }),
  });
}
