import dayjs, { type Dayjs } from 'dayjs';
import type { CreateCallBody } from '../../../shared/calls/calls.schemas.js';
import type { QuotaUnit } from '../../../shared/calls/template.schemas.js';
import type { EditionId } from '../../../shared/catalog/catalog.schemas.js';
import { lastOfPath } from '../../lib/form-rules.js';
import type { CallTemplateSummary } from './calls.api.js';
import { fromBeijingWallClock, toBeijingWallClock } from './calls.time.js';

/** How the date pickers show a time; the wall clock they show is read as Beijing time. */
export const pickerFormat = 'YYYY-MM-DD HH:mm';
const wallClockFormat = 'YYYY-MM-DDTHH:mm';

export type CallFormValues = {
  templateId?: string;
  variant?: string;
  title?: string;
  year?: number;
  catalogEdition?: EditionId;
  opensAt?: Dayjs;
  closesAt?: Dayjs;
  /** Cascader path of the covered region, province first. */
  region?: string[];
  contact?: string;
  notice?: string;
  /** 推荐名额 by kind of unit; empty means no limit for that kind. */
  quotas?: Partial<Record<QuotaUnit, number | null>>;
};

type VariantSummary = CallTemplateSummary['variants'][number];

/** The variant the form shows: the chosen one, else the template's first. */
export const variantOfValues = (template: CallTemplateSummary | undefined, key: string | undefined) =>
  template?.variants.find((variant) => variant.key === key) ?? template?.variants[0];

/** The quota inputs' starting values: the notice's quotas as printed in the template. */
export const quotaValuesOf = (variant: VariantSummary | undefined): CallFormValues['quotas'] =>
  Object.fromEntries((variant?.quotas ?? []).map((quota) => [quota.unit, quota.max]));

/** A picker value showing the Beijing wall clock of `iso` (the picker itself knows only the browser's zone). */
export const pickerValueOf = (iso: string) => dayjs(toBeijingWallClock(iso));

/** The ISO instant (+08:00) of what a picker shows. */
export const instantOf = (value: Dayjs) => fromBeijingWallClock(value.format(wallClockFormat));

/** Suggested title, as the ministries word their notices. */
export const titleFor = (year: number, programme: string) => `关于组织开展${year}年度${programme}申报工作的通知`;

/** Opens now and closes in 30 days at 17:00, Beijing time; the latest catalogue edition. */
export function defaultCallValues(now = new Date()): CallFormValues {
  const opensAt = pickerValueOf(now.toISOString()).second(0);
  return {
    year: Number(toBeijingWallClock(now.toISOString()).slice(0, 4)),
    catalogEdition: '2024',
    opensAt,
    closesAt: opensAt.add(30, 'day').hour(17).minute(0),
  };
}

/**
 * GB/T 2260 prefix of a region chosen at any depth: a province covers its first two digits, a city four,
 * a county all six. Empty when nothing is chosen (the office's whole jurisdiction).
 */
export function regionPrefixOf(path: string[] | undefined): string {
  const code = lastOfPath(path);
  if (!code || !path) return '';
  return path.length === 1 ? code.slice(0, 2) : path.length === 2 ? code.slice(0, 4) : code;
}

/** The quotas the office kept, in the template's order; a cleared input drops that kind's limit. */
function quotasOf(values: CallFormValues['quotas'], variant: VariantSummary | undefined) {
  return (variant?.quotas ?? []).flatMap(({ unit }) => {
    const max = values?.[unit];
    return typeof max === 'number' && max > 0 ? [{ unit, max }] : [];
  });
}

export function toCreateCallBody(values: CallFormValues, template: CallTemplateSummary | undefined): CreateCallBody {
  const regionPrefix = regionPrefixOf(values.region);
  return {
    templateId: values.templateId ?? '',
    ...(template && template.variants.length > 1 && values.variant ? { variant: values.variant } : {}),
    title: (values.title ?? '').trim(),
    year: values.year ?? 0,
    catalogEdition: values.catalogEdition ?? '2024',
    opensAt: values.opensAt ? instantOf(values.opensAt) : '',
    closesAt: values.closesAt ? instantOf(values.closesAt) : '',
    ...(regionPrefix ? { regionPrefix } : {}),
    ...(values.contact?.trim() ? { contact: values.contact.trim() } : {}),
    ...(values.notice?.trim() ? { notice: values.notice.trim() } : {}),
    ...(template ? { quotas: quotasOf(values.quotas, variantOfValues(template, values.variant)) } : {}),
  };
}
