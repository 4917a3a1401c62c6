import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../app.js';
import { createTestApp } from '../../test/app.js';
import { createOffice, dataFromExamples, publishCall } from '../../test/programme.js';
import type { Session } from '../../test/sessions.js';

/**
 * The form schema as a third party reads it (CONTRACT.md, "form-schema"): valid JSON Schema 2020-12 that a standard
 * validator compiles, and the application made of every property's first example validates against it.
 */
const templateIds = ['excellent-scenario', 'demo-factory', 'hubei-pilot', 'wuxi-benchmark'];
let app: App;
let close: () => Promise<void>;
let office: Session;

beforeAll(async () => {
  const test = await createTestApp('pglite', { now: () => new Date('2026-12-01T10:00:00+08:00') });
  ({ app, close } = test);
  office = await createOffice(app, test.handle.db, 'schema-office');
});
afterAll(() => close());

/** Strict mode off: the schema carries the annotations `x-attachments` and friends, which 2020-12 allows. */
const newAjv = () => new Ajv2020({ strict: false, allErrors: true });

const formSchemaOf = async (templateId: string) => {
  const callId = await publishCall(app, office, {
    templateId,
    opensAt: '2026-11-01T00:00:00+08:00',
    closesAt: '2026-12-31T17:00:00+08:00',
  });
  const response = await app.inject({ url: `/api/calls/${callId}/form-schema` });
  expect(response.statusCode).toBe(200);
  return response.json() as Record<string, unknown>;
};

describe.each(templateIds)('the form schema of %s', (templateId) => {
  let schema: Record<string, unknown>;
  beforeAll(async () => {
    schema = await formSchemaOf(templateId);
  });

  it('is valid against the 2020-12 meta-schema and compiles', () => {
    const ajv = newAjv();
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(ajv.validateSchema(schema), ajv.errorsText(ajv.errors)).toBe(true);
    expect(() => ajv.compile(schema)).not.toThrow();
  });

  it('accepts the application made of the first example of every property', () => {
    const validate = newAjv().compile(schema);
    const valid = validate(dataFromExamples(schema));
    expect(validate.errors ?? [], JSON.stringify(validate.errors)).toEqual([]);
    expect(valid).toBe(true);
  });

  it('rejects an application without its required sections', () => {
    const validate = newAjv().compile(schema);
    expect((schema.required as string[]).length).toBeGreaterThan(0);
    expect(validate({})).toBe(false);
    expect(validate.errors?.some((error) => error.keyword === 'required')).toBe(true);
  });
});

describe('limits a standard validator enforces', () => {
  it('lets an optional field be empty (null) and refuses null for a required one', async () => {
    const schema = await formSchemaOf('demo-factory');
    const validate = newAjv().compile(schema);
    const data = dataFromExamples(schema) as Record<string, Record<string, unknown>>;
    data.pilots!.nationalPilotName = null;
    expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
    const [sectionKey, fieldKey] = firstRequiredText(schema);
    data[sectionKey]![fieldKey] = null;
    expect(validate(data)).toBe(false);
    expect(validate.errors).toContainEqual(
      expect.objectContaining({ instancePath: `/${sectionKey}/${fieldKey}`, keyword: 'type' }),
    );
  });

  it('rejects a 附4-1 具体场景描述 over 150 characters and an option not in the list', async () => {
    const schema = await formSchemaOf('excellent-scenario');
    const validate = newAjv().compile(schema);
    const data = dataFromExamples(schema) as { scenarios: Array<{ description: Record<string, unknown> }> };
    data.scenarios[0]!.description.description = '超'.repeat(151);
    expect(validate(data)).toBe(false);
    expect(validate.errors).toContainEqual(
      expect.objectContaining({ instancePath: '/scenarios/0/description/description', keyword: 'maxLength' }),
    );
    data.scenarios[0]!.description.description = '超'.repeat(150);
    expect(validate(data)).toBe(true);
  });
});

/** The first required text field of a fields section, as [section, field]. */
function firstRequiredText(schema: Record<string, unknown>): [string, string] {
  type Node = { type?: unknown; required?: string[]; properties?: Record<string, Node> };
  for (const [sectionKey, section] of Object.entries((schema as Node).properties ?? {})) {
    if (section.type !== 'object') continue;
    const fieldKey = (section.required ?? []).find((key) => section.properties?.[key]?.type === 'string');
    if (fieldKey) return [sectionKey, fieldKey];
  }
  throw new Error('no required text field');
}
