import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildSearchIndex, escapeHtml, highlightExcerpt, rankDocuments } from './catalog.search.js';

/** A character tokenizer keeps these properties independent of jieba's dictionary. */
const characters = (text: string) => [...text];

const documents = [
  { id: 'a', filter: 'x', name: '智能在线检测', description: '融合机器视觉开展产品质量在线检测' },
  { id: 'b', filter: 'x', name: '设备故障诊断', description: '采集设备运行数据开展故障诊断' },
  { id: 'c', filter: 'y', name: '质量精准追溯', description: '追溯产品质量问题' },
];

describe('BM25 ranking', () => {
  it('ranks the document whose name holds the query first', () => {
    const index = buildSearchIndex(documents, characters);
    expect(rankDocuments(index, characters('检测'), { limit: 10 })[0]!.document.id).toBe('a');
  });

  it('leaves out documents that match no term and applies the filter', () => {
    const index = buildSearchIndex(documents, characters);
    expect(rankDocuments(index, characters('追溯'), { limit: 10 }).map((hit) => hit.document.id)).toEqual(['c']);
    expect(rankDocuments(index, characters('质量'), { filter: 'y', limit: 10 }).map((hit) => hit.document.id)).toEqual([
      'c',
    ]);
  });

  it('returns positive scores in descending order, at most `limit` hits, for any query', () => {
    const index = buildSearchIndex(documents, characters);
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.integer({ min: 1, max: 5 }), (query, limit) => {
        const hits = rankDocuments(index, characters(query), { limit });
        expect(hits.length).toBeLessThanOrEqual(limit);
        for (const [position, hit] of hits.entries()) {
          expect(hit.score).toBeGreaterThan(0);
          if (position > 0) expect(hits[position - 1]!.score).toBeGreaterThanOrEqual(hit.score);
        }
      }),
    );
  });
});

describe('highlightExcerpt', () => {
  it('wraps every occurrence of the terms in <mark>, longest term first', () => {
    expect(highlightExcerpt('缺陷检测与在线检测', ['检测', '缺陷检测'])).toBe(
      '<mark>缺陷检测</mark>与在线<mark>检测</mark>',
    );
  });

  it('escapes HTML in the text so only <mark> tags remain', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 60 }),
        fc.array(fc.string({ minLength: 1, maxLength: 3 }), { maxLength: 3 }),
        (text, terms) => {
          const html = highlightExcerpt(text, terms, 500);
          const withoutMarks = html.replaceAll('<mark>', '').replaceAll('</mark>', '');
          expect(withoutMarks).not.toMatch(/[<>]/);
          expect(withoutMarks).toBe(escapeHtml(text));
        },
      ),
    );
  });

  it('cuts a long text around the first hit and marks the cut with an ellipsis', () => {
    const text = `${'甲'.repeat(200)}机器视觉${'乙'.repeat(200)}`;
    const html = highlightExcerpt(text, ['机器视觉'], 40);
    expect(html.startsWith('…')).toBe(true);
    expect(html.endsWith('…')).toBe(true);
    expect(html).toContain('<mark>机器视觉</mark>');
  });
});
