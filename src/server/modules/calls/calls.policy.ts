import type { Actor } from '../../plugins/access.js';
import type { CallRow } from './calls.repository.js';

/** Offices manage their own organisation's calls; system administrators any. */
export const canManageCall = (actor: Actor | null, call: Pick<CallRow, 'organizationId'>) =>
  !!actor && (actor.role === 'admin' || (actor.role === 'office' && actor.organizationId === call.organizationId));

/** Published and closed calls are public; drafts only to those who manage them. */
export const canSeeCall = (actor: Actor | null, call: Pick<CallRow, 'organizationId' | 'status'>) =>
  call.status !== 'draft' || canManageCall(actor, call);

/** The moment submissions stop for one enterprise: its extension when granted, else the call's deadline. */
export const deadlineOf = (call: Pick<CallRow, 'closesAt'>, extension?: { closesAt: Date }) =>
  extension && extension.closesAt > call.closesAt ? extension.closesAt : call.closesAt;
