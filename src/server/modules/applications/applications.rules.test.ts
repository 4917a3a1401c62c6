import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, fingerprintOf } from './applications.rules.js';

/** The same object with its keys inserted in reverse order, at every level. */
function reversedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reversedKeys);
  if (!value || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .reverse()
      .map(([key, member]) => [key, reversedKeys(member)]),
  );
}

/** The first implementation, kept as the reference the fingerprints on stamped scans were computed with. */
function referenceCanonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(referenceCanonicalJson).join(',')}]`;
  if (value && typeof value === 'object')
    return `{${Object.keys(value)
      .sort()
      .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
      .map((key) => `${JSON.stringify(key)}:${referenceCanonicalJson((value as Record<string, unknown>)[key])}`)
      .join(',')}}`;
  return JSON.stringify(value ?? null);
}

describe('canonical JSON and the fingerprint', () => {
  it('writes exactly what the first implementation wrote, for any JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(canonicalJson(value)).toBe(referenceCanonicalJson(value));
      }),
    );
    const awkward = JSON.parse('{"10":1,"9":[{"b":null,"a":"二"}],"__proto__":{"x":1},"":0}');
    expect(canonicalJson(awkward)).toBe(referenceCanonicalJson(awkward));
    expect(canonicalJson(awkward)).toBe('{"":0,"10":1,"9":[{"a":"二","b":null}],"__proto__":{"x":1}}');
  });

  it('gives equal content the same text whatever the key order, and reads back as the same content', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(canonicalJson(reversedKeys(value))).toBe(canonicalJson(value));
        expect(JSON.parse(canonicalJson(value))).toEqual(JSON.parse(JSON.stringify(value)));
      }),
    );
  });

  it('sorts keys at every level and leaves undefined members out', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { y: null, x: '二' }], c: undefined } })).toBe(
      '{"a":{"d":[2,{"x":"二","y":null}]},"b":1}',
    );
  });

  it('keeps the fingerprints already printed on stamped scans (values from the first implementation)', () => {
    const data = {
      overview: { name: '武汉智能装备有限公司', employees: 400, ratio: 0.725 },
      scenarios: [{ code: '2024-01', name: '车间智能排产', b: null, a: [true, false, '二'] }],
      'z-key': {},
      A: [],
    };
    expect(fingerprintOf('app-1', data, '')).toBe('D598-BEB2-A0FE-E8FD');
    expect(fingerprintOf('app-1', data, 'f'.repeat(64))).toBe('6726-C6B2-5E4F-F6D3');
  });
});
