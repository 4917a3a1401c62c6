import type { EditionId } from '../../../shared/catalog/catalog.schemas.js';

/** URLs of the public catalogue pages, kept in one place so links and the router agree. */
export const catalogPaths = {
  edition: (edition: EditionId) => `/catalog/${edition}`,
  scenario: (edition: EditionId, code: string) => `/catalog/${edition}/${encodeURIComponent(code)}`,
  search: (query: { q?: string; edition?: EditionId }) => {
    const params = new URLSearchParams();
    if (query.q) params.set('q', query.q);
    if (query.edition) params.set('edition', query.edition);
    const search = params.toString();
    return search ? `/catalog/search?${search}` : '/catalog/search';
  },
  compare: (from: EditionId, to: EditionId) => `/catalog/compare?from=${from}&to=${to}`,
};
