import '../catalog.css';
import { Empty, Typography } from 'antd';
import { useSearchParams } from 'react-router';
import { editionIdSchema } from '../../../../shared/catalog/catalog.schemas.js';
import { LoadingBlock } from '../../../components/loading-block.js';
import { PageTitle } from '../../../components/page-title.js';
import { QueryError } from '../../../components/query-error.js';
import { useScenarioSearch } from '../catalog.api.js';
import { catalogStrings } from '../catalog.strings.js';
import { type EditionFilter, SearchForm } from '../components/search-form.js';
import { SearchHitList } from '../components/search-hit-list.js';

/** Enough for every scenario of all three editions to show when a broad term matches them. */
const searchResultLimit = 100;

export function CatalogSearchPage() {
  const [searchParams, setSearchParams] = useSearchParams();
  const query = (searchParams.get('q') ?? '').trim();
  const parsedEdition = editionIdSchema.safeParse(searchParams.get('edition'));
  const edition = parsedEdition.success ? parsedEdition.data : undefined;
  const searchQuery = useScenarioSearch({ q: query, edition, limit: searchResultLimit });

  const updateSearch = (next: { q: string; edition: EditionFilter }) => {
    const params = new URLSearchParams();
    if (next.q) params.set('q', next.q);
    if (next.edition !== 'all') params.set('edition', next.edition);
    setSearchParams(params);
  };

  const pageTitle = query ? `${query} - ${catalogStrings.searchTitle}` : catalogStrings.searchTitle;

  return (
    <div className="page-container search-page">
      <PageTitle title={pageTitle} />
      <header className="page-header">
        <Typography.Title level={1} className="page-heading">
          {catalogStrings.searchTitle}
        </Typography.Title>
        <Typography.Paragraph className="page-intro">{catalogStrings.searchIntro}</Typography.Paragraph>
      </header>
      <div className="content-panel">
        <SearchForm
          query={query}
          editionFilter={edition ?? 'all'}
          onSearch={(q) => updateSearch({ q, edition: edition ?? 'all' })}
          onEditionFilterChange={(nextEdition) => updateSearch({ q: query, edition: nextEdition })}
        />
        <section aria-labelledby="search-results-heading" className="search-results" aria-live="polite">
          <Typography.Title level={2} id="search-results-heading" className="visually-hidden">
            {catalogStrings.searchResultsLabel}
          </Typography.Title>
          {query === '' ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={catalogStrings.searchPrompt} />
          ) : searchQuery.isPending ? (
            <LoadingBlock label="正在检索" rows={2} repeat={3} />
          ) : searchQuery.isError ? (
            <QueryError
              title={catalogStrings.errorTitle}
              error={searchQuery.error}
              retryLabel={catalogStrings.retry}
              onRetry={() => void searchQuery.refetch()}
            />
          ) : searchQuery.data.length === 0 ? (
            <Empty
              description={
                <>
                  <strong className="empty-title">{catalogStrings.searchEmpty}</strong>
                  <br />
                  {catalogStrings.searchEmptyHint}
                </>
              }
            />
          ) : (
            <>
              <p className="search-summary">{catalogStrings.searchResultCount(searchQuery.data.length, query)}</p>
              <SearchHitList hits={searchQuery.data} />
            </>
          )}
        </section>
      </div>
    </div>
  );
}
