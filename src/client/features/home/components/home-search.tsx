import { ConfigProvider, Input } from 'antd';
import { useNavigate } from 'react-router';
import { homeStrings } from '../home.strings.js';

/** Sends the visitor to the catalogue search with the query in the URL. */
export function HomeSearch({ searchPath }: { searchPath: (query: string) => string }) {
  const navigate = useNavigate();
  return (
    <search aria-label={homeStrings.searchRegionLabel} className="home-search">
      <label htmlFor="home-search-input" className="home-search-label">
        {homeStrings.searchLabel}
      </label>
      {/* The hero is dark blue: a lighter blue button stays visible beside the white input (white text 4.9:1). */}
      <ConfigProvider theme={{ token: { colorPrimary: '#1d6fd1' } }}>
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
      </ConfigProvider>
    </search>
  );
}
