import { useDeferredValue, useMemo } from 'react';
import { normalizeApplicationData } from '../../../../shared/applications/form-normalize.js';
import { validateApplicationData } from '../../../../shared/applications/form-validate.js';
import { type ApplicationData, type FormContext, objectAt } from '../../../../shared/applications/form-walk.js';
import type { Call } from '../../../../shared/calls/calls.schemas.js';
import type { FormVariant } from '../../../../shared/calls/template.schemas.js';
import type { Problem, ScenarioOption } from '../applications.api.js';
import { problemsByPointer } from './problem-paths.js';

/** The profile values the form shows prefilled, read back from the content (the server wrote them there). */
function prefillsOf(variant: FormVariant, data: ApplicationData): Record<string, unknown> {
  const profile: Record<string, unknown> = {};
  for (const section of variant.sections) {
    if (section.kind !== 'fields') continue;
    const values = objectAt(data[section.key]);
    for (const field of section.fields) if (field.prefill) profile[field.prefill] = values[field.key];
  }
  return profile;
}

/**
 * Every problem the editor shows. Content problems come from the server's answer to the last save while the
 * content is saved, and from the same shared rules run here while the user types (so they are never stale);
 * attachment and stamped-scan problems come from the server's validation.
 */
export function useEditorProblems({
  variant,
  call,
  scenarios,
  data,
  isSynced,
  serverContentProblems,
  validationProblems,
}: {
  variant: FormVariant;
  call: Pick<Call, 'year' | 'opensAt'>;
  scenarios: ScenarioOption[];
  data: ApplicationData;
  isSynced: boolean;
  serverContentProblems: Problem[] | null;
  validationProblems: Problem[] | undefined;
}) {
  const deferredData = useDeferredValue(data);
  const localProblems = useMemo(() => {
    const context: FormContext = {
      callYear: call.year,
      callOpensAt: call.opensAt,
      scenarios: scenarios.map(({ code, name }) => ({ code, name })),
      profile: prefillsOf(variant, deferredData),
    };
    return validateApplicationData(variant, normalizeApplicationData(variant, deferredData, context), context);
  }, [variant, call.year, call.opensAt, scenarios, deferredData]);

  const serverContent =
    serverContentProblems ?? validationProblems?.filter((problem) => problem.path.startsWith('/data'));
  const contentProblems = isSynced && serverContent ? serverContent : localProblems;
  const otherProblems = validationProblems?.filter((problem) => !problem.path.startsWith('/data')) ?? [];
  const problems = [...contentProblems, ...otherProblems];

  // The map keeps its identity while the messages are the same, so fields do not re-render for nothing.
  const key = contentProblems
    .map((problem) => `${problem.path}\u0000${problem.message}\u0000${problem.severity ?? ''}`)
    .join('\u0001');
  // biome-ignore lint/correctness/useExhaustiveDependencies: keyed on the messages, not on the array's identity
  const byPointer = useMemo(() => problemsByPointer(contentProblems), [key]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: keyed on the messages, not on the array's identity
  const warningsByPointer = useMemo(() => problemsByPointer(contentProblems, { severity: 'warning' }), [key]);
  return { problems, byPointer, warningsByPointer };
}
