import type { Problem } from '../applications.api.js';
import { focusElement, focusPointer } from './editor-context.js';

/** Navigation groups beside the form's own sections. */
export const attachmentsGroup = 'attachments';
export const submissionGroup = 'submission';

export const attachmentDomIdOf = (kind: string) => `attachment-${kind}`;
export const stampedDomId = 'submission-stamped';
export const groupDomIdOf = (group: string) => `section-${group}`;

/** `/data/scenarios/0/name` → `/scenarios/0/name`; null for a problem outside the content. */
export const contentPointerOf = (path: string) => (path.startsWith('/data/') ? path.slice('/data'.length) : null);

/** Which navigation entry a problem belongs to: a section key, the attachments or the submission. */
export function groupOf(path: string): string {
  const pointer = contentPointerOf(path);
  if (pointer) return pointer.split('/')[1] ?? submissionGroup;
  return path.startsWith('/attachments') ? attachmentsGroup : submissionGroup;
}

export function countByGroup(problems: Problem[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const problem of problems) {
    const group = groupOf(problem.path);
    counts.set(group, (counts.get(group) ?? 0) + 1);
  }
  return counts;
}

export const isWarning = (problem: Problem) => problem.severity === 'warning';

/**
 * Content problems by pointer, for the fields to show under themselves: errors by default, the threshold warnings
 * (shown in yellow) with `severity: 'warning'`.
 */
export function problemsByPointer(
  problems: Problem[],
  { severity = 'error' }: { severity?: 'warning' | 'error' } = {},
): Map<string, string[]> {
  const byPointer = new Map<string, string[]>();
  for (const problem of problems) {
    const pointer = contentPointerOf(problem.path);
    if (!pointer || isWarning(problem) !== (severity === 'warning')) continue;
    byPointer.set(pointer, [...(byPointer.get(pointer) ?? []), problem.message]);
  }
  return byPointer;
}

/** Scrolls to and focuses what a problem is about (a field, an attachment kind, the stamped scan). */
export function focusProblem(path: string): void {
  const pointer = contentPointerOf(path);
  if (pointer) {
    focusPointer(pointer);
    return;
  }
  const id = path.startsWith('/attachments/')
    ? attachmentDomIdOf(path.slice('/attachments/'.length))
    : path === '/stamped'
      ? stampedDomId
      : groupDomIdOf(submissionGroup);
  const element = document.getElementById(id) ?? document.getElementById(groupDomIdOf(groupOf(path)));
  if (element) focusElement(element);
}
