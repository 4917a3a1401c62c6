import { describe, expect, it } from 'vitest';
import type { CallTemplateSummary } from './calls.api.js';
import { quotaValuesOf, toCreateCallBody, variantOfValues } from './calls.form.js';

const template: CallTemplateSummary = {
  id: 'excellent-scenario',
  title: '智能制造优秀场景',
  level: 'national',
  description: '',
  variants: [
    {
      key: 'national-2021',
      title: '全国',
      version: 1,
      quotas: [
        { unit: 'province', max: 20 },
        { unit: 'planCity', max: 10 },
        { unit: 'central', max: 6 },
      ],
    },
    { key: 'province-2023', title: '省级', version: 1, quotas: [] },
  ],
};

describe('call form quotas', () => {
  it('starts from the template variant and sends what the office kept, in the template order', () => {
    const variant = variantOfValues(template, undefined);
    expect(variant?.key).toBe('national-2021');
    const quotas = { ...quotaValuesOf(variant), planCity: 8, central: null };
    const body = toCreateCallBody({ templateId: template.id, title: '通知', year: 2026, quotas }, template);
    expect(body.quotas).toEqual([
      { unit: 'province', max: 20 },
      { unit: 'planCity', max: 8 },
    ]);
  });

  it('sends no quotas for a variant without them, and keeps the chosen variant', () => {
    const body = toCreateCallBody(
      { templateId: template.id, variant: 'province-2023', title: '通知', year: 2026, quotas: { province: 20 } },
      template,
    );
    expect(body).toMatchObject({ variant: 'province-2023', quotas: [] });
  });
});
