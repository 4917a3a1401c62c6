/**
 * BM25 ranking over scenario names and descriptions (pure: the tokenizer is passed in).
 * Names weigh more than descriptions because a query naming a scenario should find that scenario first.
 */
export type Tokenize = (text: string) => string[];

export type SearchDocument = { id: string; filter: string; name: string; description: string };

type Posting = { docIndex: number; weightedFrequency: number };

export type SearchIndex = {
  documents: SearchDocument[];
  lengths: number[];
  averageLength: number;
  postings: Map<string, Posting[]>;
};

export type RankedDocument = { document: SearchDocument; score: number; matchedTerms: string[] };

const nameWeight = 3;
const k1 = 1.2;
const b = 0.75;
const meaningful = /[\p{L}\p{N}]/u;

/** Lower-cases and drops whitespace and punctuation-only tokens. */
export function normaliseTokens(tokens: string[]): string[] {
  return tokens.map((token) => token.trim().toLowerCase()).filter((token) => meaningful.test(token));
}

export function buildSearchIndex(documents: SearchDocument[], tokenize: Tokenize): SearchIndex {
  const postings = new Map<string, Posting[]>();
  const lengths: number[] = [];
  documents.forEach((document, docIndex) => {
    const frequencies = new Map<string, number>();
    const nameTokens = normaliseTokens(tokenize(document.name));
    const descriptionTokens = normaliseTokens(tokenize(document.description));
    for (const token of nameTokens) frequencies.set(token, (frequencies.get(token) ?? 0) + nameWeight);
    for (const token of descriptionTokens) frequencies.set(token, (frequencies.get(token) ?? 0) + 1);
    lengths.push(nameTokens.length * nameWeight + descriptionTokens.length);
    for (const [token, weightedFrequency] of frequencies) {
      const list = postings.get(token) ?? [];
      list.push({ docIndex, weightedFrequency });
      postings.set(token, list);
    }
  });
  const total = lengths.reduce((sum, length) => sum + length, 0);
  return { documents, lengths, averageLength: documents.length ? total / documents.length : 0, postings };
}

/** Ranks documents by BM25 for the query tokens; documents matching no term are left out. */
export function rankDocuments(
  index: SearchIndex,
  queryTokens: string[],
  options: { filter?: string; limit: number },
): RankedDocument[] {
  const terms = [...new Set(normaliseTokens(queryTokens))];
  const scores = new Map<number, { score: number; matchedTerms: string[] }>();
  const documentCount = index.documents.length;
  for (const term of terms) {
    const postings = index.postings.get(term);
    if (!postings) continue;
    const idf = Math.log(1 + (documentCount - postings.length + 0.5) / (postings.length + 0.5));
    for (const { docIndex, weightedFrequency } of postings) {
      if (options.filter && index.documents[docIndex]!.filter !== options.filter) continue;
      const lengthRatio = index.lengths[docIndex]! / (index.averageLength || 1);
      const termScore = (idf * weightedFrequency * (k1 + 1)) / (weightedFrequency + k1 * (1 - b + b * lengthRatio));
      const entry = scores.get(docIndex) ?? { score: 0, matchedTerms: [] };
      entry.score += termScore;
      entry.matchedTerms.push(term);
      scores.set(docIndex, entry);
    }
  }
  return [...scores.entries()]
    .map(([docIndex, entry]) => ({ document: index.documents[docIndex]!, ...entry }))
    .sort((left, right) => right.score - left.score || left.document.id.localeCompare(right.document.id))
    .slice(0, options.limit);
}

const htmlEscapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (character) => htmlEscapes[character]!);

/**
 * An HTML-escaped excerpt of `text` around the first matched term, every match wrapped in <mark>.
 * Longer terms are marked first so 缺陷检测 wins over 检测 where both match.
 */
export function highlightExcerpt(text: string, terms: string[], maxLength = 120): string {
  const ordered = [...new Set(terms)].filter(Boolean).sort((left, right) => right.length - left.length);
  const lower = text.toLowerCase();
  const firstHit = Math.min(...ordered.map((term) => lower.indexOf(term)).filter((position) => position >= 0));
  const start = Number.isFinite(firstHit) ? Math.max(0, firstHit - Math.floor(maxLength / 4)) : 0;
  const end = Math.min(text.length, start + maxLength);
  const excerpt = text.slice(start, end);
  const marked = markTerms(excerpt, ordered);
  return `${start > 0 ? '…' : ''}${marked}${end < text.length ? '…' : ''}`;
}

function markTerms(text: string, orderedTerms: string[]): string {
  const lower = text.toLowerCase();
  const ranges: Array<[number, number]> = [];
  const overlaps = (start: number, end: number) => ranges.some(([from, to]) => start < to && from < end);
  for (const term of orderedTerms) {
    for (let position = lower.indexOf(term); position >= 0; position = lower.indexOf(term, position + term.length)) {
      if (!overlaps(position, position + term.length)) ranges.push([position, position + term.length]);
    }
  }
  ranges.sort((left, right) => left[0] - right[0]);
  let result = '';
  let cursor = 0;
  for (const [start, end] of ranges) {
    // Adjacent matches merge into one <mark>, so 机器视觉 next to 检测 reads as one highlight.
    const isAdjacent = start === cursor && result.endsWith('</mark>');
    result = isAdjacent
      ? result.slice(0, -'</mark>'.length)
      : `${result}${escapeHtml(text.slice(cursor, start))}<mark>`;
    result += `${escapeHtml(text.slice(start, end))}</mark>`;
    cursor = end;
  }
  return result + escapeHtml(text.slice(cursor));
}
