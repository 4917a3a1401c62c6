import { describe, expect, it } from 'vitest';
import { parseHighlight } from './catalog.highlight.js';

describe('parseHighlight', () => {
  it('splits a snippet into marked and plain segments', () => {
    expect(parseHighlight('基于<mark>机器视觉</mark>的<mark>缺陷检测</mark>')).toEqual([
      { text: '基于', isMarked: false },
      { text: '机器视觉', isMarked: true },
      { text: '的', isMarked: false },
      { text: '缺陷检测', isMarked: true },
    ]);
  });

  it('decodes the escaped characters of the snippet back to text', () => {
    expect(parseHighlight('A&amp;B &lt;b&gt; &quot;x&quot; &#39;y&#x27;')).toEqual([
      { text: 'A&B <b> "x" \'y\'', isMarked: false },
    ]);
  });

  it('keeps any tag other than <mark> as literal text, so markup is never injected', () => {
    const segments = parseHighlight('<img src=x onerror=alert(1)><mark>检测</mark><MARK>x</MARK>');
    expect(segments).toEqual([
      { text: '<img src=x onerror=alert(1)>', isMarked: false },
      { text: '检测', isMarked: true },
      { text: '<MARK>x</MARK>', isMarked: false },
    ]);
  });

  it('does not turn an escaped mark tag into a real mark', () => {
    expect(parseHighlight('&lt;mark&gt;检测&lt;/mark&gt;')).toEqual([{ text: '<mark>检测</mark>', isMarked: false }]);
  });

  it('leaves unknown entities and invalid code points as written', () => {
    expect(parseHighlight('&copy; &#0; &#x110000;')).toEqual([{ text: '&copy; &#0; &#x110000;', isMarked: false }]);
  });
});
