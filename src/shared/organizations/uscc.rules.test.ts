import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkUscc,
  computeUsccCheckCharacter,
  usccCharset,
  usccProvincePrefixes,
  usccRegionCode,
} from './uscc.rules.js';

const usccCharacters = (length: number) =>
  fc.array(fc.constantFrom(...usccCharset), { minLength: length, maxLength: length }).map((chars) => chars.join(''));
/** Two characters, a province prefix, then thirteen more: the first 17 characters of a well-formed code. */
const first17 = fc
  .tuple(usccCharacters(2), fc.constantFrom(...usccProvincePrefixes), usccCharacters(13))
  .map(([head, province, tail]) => head + province + tail);

describe('统一社会信用代码', () => {
  it('accepts published codes and reads their region', () => {
    expect(checkUscc('91350100M000100Y43')).toBeNull();
    expect(checkUscc('91110000600037341L')).toBeNull();
    expect(checkUscc('91350100m000100y43')).toBeNull();
    expect(usccRegionCode('91350100M000100Y43')).toBe('350100');
  });

  it('names the problem: length, characters outside the set, wrong check character', () => {
    expect(checkUscc('91350100M000100Y4')).toBe('length');
    expect(checkUscc('91350100M000100I43')).toBe('charset');
    expect(checkUscc('91350100M000100Y44')).toBe('checkDigit');
    const badRegion = `91990100M000100Y4`;
    expect(checkUscc(badRegion + computeUsccCheckCharacter(badRegion))).toBe('region');
  });

  it('accepts every code completed with its computed check character', () => {
    fc.assert(
      fc.property(first17, (head) => {
        expect(checkUscc(head + computeUsccCheckCharacter(head))).toBeNull();
      }),
    );
  });

  it('rejects every single-character change of a valid code', () => {
    fc.assert(
      fc.property(
        first17,
        fc.integer({ min: 0, max: 17 }),
        fc.constantFrom(...usccCharset),
        (head, position, replacement) => {
          const code = head + computeUsccCheckCharacter(head);
          fc.pre(code[position] !== replacement);
          const changed = code.slice(0, position) + replacement + code.slice(position + 1);
          fc.pre(usccProvincePrefixes.has(changed.slice(2, 4)));
          expect(checkUscc(changed)).toBe('checkDigit');
        },
      ),
    );
  });
});
