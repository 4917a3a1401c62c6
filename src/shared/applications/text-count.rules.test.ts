import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countChars, figureIdsOf } from './text-count.rules.js';

const whitespace = fc.constantFrom(' ', '\n', '\t', '\u3000', '\r\n');
const visible = fc.constantFrom('智', '能', '制', '造', 'A', '1', '，', '。', '𠮷', '（', '%');
const figure = fc.uuid().map((id) => `![布局图](attachment:${id})`);

describe('countChars (字数 as the printed forms count)', () => {
  it('counts every visible character once, whatever whitespace surrounds it', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(visible, fc.array(whitespace, { maxLength: 3 }))), (parts) => {
        const text = parts.map(([character, spaces]) => character + spaces.join('')).join('');
        expect(countChars(text)).toBe(parts.length);
      }),
    );
  });

  it('is additive over concatenation and ignores embedded figures', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), figure, (a, b, token) => {
        fc.pre(!`${a}${b}`.includes('![') && !`${a}${b}`.includes('](attachment:'));
        expect(countChars(a + token + b)).toBe(countChars(a) + countChars(b));
      }),
    );
  });

  it('counts a character outside the BMP as one', () => {
    expect(countChars('𠮷野家')).toBe(3);
    expect(countChars('  智能 制造\n')).toBe(4);
  });

  it('finds the figures a text embeds, in order', () => {
    const first = '6f1c1d2e-0000-4000-8000-000000000001';
    const second = '6f1c1d2e-0000-4000-8000-000000000002';
    expect(figureIdsOf(`前![甲](attachment:${first})中![乙](attachment:${second})后`)).toEqual([first, second]);
  });
});
