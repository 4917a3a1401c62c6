/** A run of snippet text, marked when the search matched it. */
export type HighlightSegment = { text: string; isMarked: boolean };

const namedEntities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (entity, body: string) => {
    if (body[0] === '#') {
      const isHex = body[1] === 'x' || body[1] === 'X';
      const codePoint = Number.parseInt(body.slice(isHex ? 2 : 1), isHex ? 16 : 10);
      const isValid = Number.isInteger(codePoint) && codePoint > 0 && codePoint <= 0x10ffff;
      return isValid ? String.fromCodePoint(codePoint) : entity;
    }
    return namedEntities[body.toLowerCase()] ?? entity;
  });
}

/**
 * Splits a search highlight (HTML-escaped text with <mark>…</mark>) into plain-text segments.
 * Only the exact tags <mark> and </mark> are structure; anything else, including a stray tag, stays
 * literal text that React escapes, so the snippet is never injected as HTML.
 */
export function parseHighlight(highlight: string): HighlightSegment[] {
  const segments: HighlightSegment[] = [];
  let isMarked = false;
  for (const part of highlight.split(/(<mark>|<\/mark>)/)) {
    if (part === '<mark>') {
      isMarked = true;
      continue;
    }
    if (part === '</mark>') {
      isMarked = false;
      continue;
    }
    if (part === '') continue;
    const text = decodeEntities(part);
    const previous = segments.at(-1);
    if (previous && previous.isMarked === isMarked) previous.text += text;
    else segments.push({ text, isMarked });
  }
  return segments;
}
