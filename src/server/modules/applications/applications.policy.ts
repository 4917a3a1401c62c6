import {
  type ApplicationState,
  applicationStateLabels,
  isEditable,
} from '../../../shared/applications/application-state.js';
import type { Actor } from '../../plugins/access.js';
import { enterpriseOnly, notEditable } from './applications.errors.js';

/** Who may act on an application as its applicant, and when its content may change. */

export const isApplicant = (actor: Actor, enterpriseId: string) =>
  actor.role === 'enterprise' && actor.organizationId === enterpriseId;

export function ensureApplicant(actor: Actor, row: { enterpriseId: string }) {
  if (!isApplicant(actor, row.enterpriseId)) throw enterpriseOnly();
}

/** 409 NOT_EDITABLE, naming the state, unless the content may change in `status` (draft, withdrawn, returned). */
export function ensureEditableState(status: string) {
  if (!isEditable(status as ApplicationState)) throw notEditable(applicationStateLabels[status as ApplicationState]);
}

export function ensureApplicantCanEdit(actor: Actor, row: { enterpriseId: string; status: string }) {
  ensureApplicant(actor, row);
  ensureEditableState(row.status);
}
