import { createContext, useContext } from 'react';
import type { ScenarioOption } from '../applications.api.js';

/** What every field of the editor needs besides its own value; stable while the user types. */
export type EditorContextValue = {
  applicationId: string;
  isReadOnly: boolean;
  setValue: (pointer: string, value: unknown) => void;
  scenarioOptions: ScenarioOption[];
};

export const EditorContext = createContext<EditorContextValue | null>(null);

export function useEditorContext(): EditorContextValue {
  const value = useContext(EditorContext);
  if (!value) throw new Error('useEditorContext outside EditorContext');
  return value;
}

/** Problems by content pointer (`/scenarios/0/description/results`), without the `/data` prefix. */
export const ProblemsContext = createContext<ReadonlyMap<string, string[]>>(new Map());

const noProblems: string[] = [];
export const useProblemsAt = (pointer: string) => useContext(ProblemsContext).get(pointer) ?? noProblems;

/** Threshold warnings by content pointer (数控化率 > 70%): yellow while drafting, yet they block submission. */
export const WarningsContext = createContext<ReadonlyMap<string, string[]>>(new Map());
export const useWarningsAt = (pointer: string) => useContext(WarningsContext).get(pointer) ?? noProblems;

/** The DOM id of the element showing a pointer's content (a field's input, a row, a table, a section). */
export const domIdOf = (pointer: string) => `field${pointer.replaceAll('/', '-')}`;

const controlSelector = 'input:not([type="hidden"]):not([disabled]), textarea, select, button:not([disabled])';

/** The DOM id of a top-level section (the target of the section navigation). */
export const sectionDomIdOf = (key: string) => `section-${key}`;

/**
 * Scrolls to what a problem is about and puts the cursor there: the pointer's own element, else its nearest
 * ancestor that is shown (a row that was removed points at its table).
 */
export function focusPointer(pointer: string): boolean {
  let tokens = pointer.split('/');
  const section = document.getElementById(sectionDomIdOf(tokens[1] ?? ''));
  while (tokens.length > 1) {
    const element = document.getElementById(domIdOf(tokens.join('/')));
    if (element) {
      focusElement(element);
      return true;
    }
    tokens = tokens.slice(0, -1);
  }
  if (section) focusElement(section);
  return section !== null;
}

/**
 * Scrolls an element into view and focuses it. A container that takes focus itself (a section, table or scenario,
 * marked with tabindex) keeps it; a wrapper (a radio group) hands it to its first control.
 */
export function focusElement(element: HTMLElement, { block = 'center' }: { block?: ScrollLogicalPosition } = {}): void {
  element.scrollIntoView({ block, behavior: 'smooth' });
  const inner =
    !element.matches(controlSelector) && !element.hasAttribute('tabindex')
      ? element.querySelector<HTMLElement>(controlSelector)
      : null;
  (inner ?? element).focus({ preventScroll: true });
}
