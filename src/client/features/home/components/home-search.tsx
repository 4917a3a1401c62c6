import { Input } from 'antd';
import { useNavigate } from 'react-router';
import { homeStrings } from '../home.strings.js';

/** Sends the visitor to the catalogue search with the query in the URL. */
export function HomeSearch({ searchPath }: { searchPath: (query: string) => string }) {
  const navigate = useNavigate();
  return (
    <search aria-label={homeStrings.searchLabel} className="home-search">
      <label htmlFor="home-search-input" className="home-search-label">
        {homeStrings.searchLabel}
      </label>
      <Input.Search
        id="home-search-input"
        size="large"
        maxLength={200}
        placeholder={homeStrings.searchPlaceholder}
        enterButton={homeStrings.searchButton}
        onSearch={(value) => {
          const query = value.trim();
          if (query) void navigate(searchPath(query));
        }}
      />
    </search>
  );
}
