import { Input, Radio } from 'antd';
import { useEffect, useState } from 'react';
import { type EditionId, editionIdSchema } from '../../../../shared/catalog/catalog.schemas.js';
import { catalogStrings, formatEditionLabel } from '../catalog.strings.js';

/** 'all' stands for "no edition filter": the radio group needs a value for every option. */
export type EditionFilter = EditionId | 'all';

const editionFilterOptions = [
  { value: 'all' as const, label: catalogStrings.allEditions },
  ...editionIdSchema.options.map((edition) => ({ value: edition, label: formatEditionLabel(edition) })),
];

type SearchFormProps = {
  query: string;
  editionFilter: EditionFilter;
  onSearch: (query: string) => void;
  onEditionFilterChange: (editionFilter: EditionFilter) => void;
};

export function SearchForm({ query, editionFilter, onSearch, onEditionFilterChange }: SearchFormProps) {
  const [draft, setDraft] = useState(query);
  // Back/forward navigation changes the query in the URL; the box follows it.
  useEffect(() => setDraft(query), [query]);

  return (
    <search aria-label={catalogStrings.searchTitle} className="search-form">
      <label htmlFor="scenario-search-input" className="search-label">
        {catalogStrings.searchLabel}
      </label>
      <Input.Search
        id="scenario-search-input"
        size="large"
        value={draft}
        maxLength={200}
        placeholder={catalogStrings.searchPlaceholder}
        enterButton={catalogStrings.searchButton}
        allowClear
        onChange={(event) => setDraft(event.target.value)}
        onSearch={(value) => onSearch(value.trim())}
      />
      <div className="search-filter">
        <span id="edition-filter-label" className="search-filter-label">
          {catalogStrings.editionFilterLabel}
        </span>
        <Radio.Group
          aria-labelledby="edition-filter-label"
          name="search-edition"
          optionType="button"
          buttonStyle="solid"
          options={editionFilterOptions}
          value={editionFilter}
          onChange={(event) => onEditionFilterChange(event.target.value as EditionFilter)}
        />
      </div>
    </search>
  );
}
