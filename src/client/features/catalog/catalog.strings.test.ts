import { describe, expect, it } from 'vitest';
import { formatChineseOrdinal } from './catalog.strings.js';

describe('formatChineseOrdinal', () => {
  it('writes stage numbers as the guides print them', () => {
    expect([1, 9, 10, 11, 16, 20, 21, 99].map(formatChineseOrdinal)).toEqual([
      '一',
      '九',
      '十',
      '十一',
      '十六',
      '二十',
      '二十一',
      '九十九',
    ]);
  });
});
