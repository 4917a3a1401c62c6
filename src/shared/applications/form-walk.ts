import type {
  ConditionDefinition,
  FieldDefinition,
  FormVariant,
  LeafSection,
  SectionDefinition,
} from '../calls/template.schemas.js';

/** Application content (申报书数据): one entry per section key of the call's form. */
export type ApplicationData = Record<string, unknown>;
export type DataObject = Record<string, unknown>;

/** One chosen scenario: from the catalogue (`code`) or named by the enterprise (`code: null`). */
export type ScenarioEntry = DataObject & { code: string | null; name: string };

/** What a form needs to know about its call and applicant. */
export type FormContext = {
  callYear: number;
  /** ISO date-time the call opens (注册满一周年 is counted to it). */
  callOpensAt: string;
  /** Scenarios of the call's catalogue edition. */
  scenarios: Array<{ code: string; name: string }>;
  /** Enterprise profile values by prefill source (`enterprise.name` …). */
  profile: Partial<Record<string, unknown>>;
};

export const isObject = (value: unknown): value is DataObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
export const objectAt = (value: unknown): DataObject => (isObject(value) ? value : {});
export const rowsAt = (value: unknown): DataObject[] => (Array.isArray(value) ? value.map(objectAt) : []);

export const isEmptyValue = (value: unknown) =>
  value === undefined ||
  value === null ||
  (typeof value === 'string' && value.trim() === '') ||
  (Array.isArray(value) && value.length === 0);

export const isReadOnly = (field: FieldDefinition) => field.prefill !== undefined || field.compute !== undefined;

/** A leaf field where it sits in the data, with a label naming it for people (section › row › field). */
export type LeafVisit = { field: FieldDefinition; value: unknown; pointer: string; label: string };

const rowLabel = (section: LeafSection, index: number) =>
  section.kind === 'table' ? `${section.title} 第${index + 1}行` : section.title;

/** Visits every leaf of one leaf section in `container` (the data, or one scenario). */
export function visitLeafSection(
  section: LeafSection,
  container: DataObject,
  basePointer: string,
  labelPrefix: string,
  into: LeafVisit[] = [],
): LeafVisit[] {
  const pointer = `${basePointer}/${section.key}`;
  if (section.kind === 'fields') {
    const values = objectAt(container[section.key]);
    for (const field of section.fields)
      into.push({
        field,
        value: values[field.key],
        pointer: `${pointer}/${field.key}`,
        label: `${labelPrefix}${section.title} › ${field.title}`,
      });
    return into;
  }
  const rows = rowsAt(container[section.key]);
  for (let index = 0; index < rows.length; index++)
    for (const field of section.columns)
      into.push({
        field,
        value: rows[index]![field.key],
        pointer: `${pointer}/${index}/${field.key}`,
        label: `${labelPrefix}${rowLabel(section, index)} › ${field.title}`,
      });
  return into;
}

export const scenarioLabel = (index: number, entry: DataObject) =>
  `场景${index + 1}${typeof entry.name === 'string' && entry.name ? `「${entry.name}」` : ''} › `;

/**
 * Visits every leaf of the whole form, scenarios included. With `onlyShown`, sections hidden by their `showIf` are
 * skipped (validation); without it every section is visited (diffs and history keep what was typed there).
 */
export function visitLeaves(
  variant: FormVariant,
  data: ApplicationData,
  options: { onlyShown?: boolean } = {},
): LeafVisit[] {
  // Arrays, not generators: every autosave walks the whole form, and a generator per section cost most of that walk.
  const visits: LeafVisit[] = [];
  for (const section of options.onlyShown ? shownSections(variant, data) : variant.sections) {
    if (section.kind !== 'scenarios') {
      visitLeafSection(section, data, '', '', visits);
      continue;
    }
    const entries = rowsAt(data[section.key]);
    for (let index = 0; index < entries.length; index++)
      for (const sub of section.sections)
        visitLeafSection(
          sub,
          entries[index]!,
          `/${section.key}/${index}`,
          scenarioLabel(index, entries[index]!),
          visits,
        );
  }
  return visits;
}

export const leafSectionsOf = (section: SectionDefinition): LeafSection[] =>
  section.kind === 'scenarios' ? section.sections : [section];

/**
 * Reads every value a JSON Pointer reaches; `*` walks all rows or scenarios. Returns the concrete pointers, so a
 * problem names the row it is about.
 */
export function valuesAt(data: unknown, pointer: string): Array<{ pointer: string; value: unknown }> {
  let found: Array<{ pointer: string; value: unknown }> = [{ pointer: '', value: data }];
  for (const token of pointer.split('/').slice(1)) {
    found = found.flatMap(({ pointer: at, value }) => {
      if (token === '*')
        return Array.isArray(value) ? value.map((item, index) => ({ pointer: `${at}/${index}`, value: item })) : [];
      const next = Array.isArray(value) ? value[Number(token)] : objectAt(value)[token];
      return [{ pointer: `${at}/${token}`, value: next }];
    });
  }
  return found;
}

/** Whether a condition holds: the first value at `path` equals `equals`, or is one of `in`. */
export function conditionHolds(data: unknown, condition: ConditionDefinition): boolean {
  const value = valuesAt(data, condition.path)[0]?.value;
  if (condition.in) return condition.in.includes(value);
  return value === condition.equals;
}

/** Whether a section is shown for this data (no `showIf`: always). */
export const isSectionShown = (section: { showIf?: ConditionDefinition }, data: ApplicationData) =>
  !section.showIf || conditionHolds(data, section.showIf);

/** The sections the applicant sees and fills, in form order (the chosen 模式 / 申报类型 only). */
export const shownSections = (variant: FormVariant, data: ApplicationData): SectionDefinition[] =>
  variant.sections.filter((section) => isSectionShown(section, data));

/** Keys of the top-level sections hidden for this data; problems and checks under them do not count. */
export const hiddenSectionKeys = (variant: FormVariant, data: ApplicationData): Set<string> =>
  new Set(variant.sections.filter((section) => !isSectionShown(section, data)).map((section) => section.key));

/** Whether a problem path (`/data/<section>/…`) lies in one of the hidden sections. */
export const isUnderHiddenSection = (path: string, hidden: Set<string>) => hidden.has(path.split('/')[2] ?? '');
