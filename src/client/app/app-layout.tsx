import { Suspense } from 'react';
import { Link, Outlet, ScrollRestoration, useLocation } from 'react-router';
import { LoadingBlock } from '../components/loading-block.js';
import { AccountMenu } from '../features/accounts/components/account-menu.js';
import { appStrings } from './app.strings.js';

const navigationItems = [
  { to: '/', label: appStrings.navHome, isCurrent: (pathname: string) => pathname === '/' },
  { to: '/catalog', label: appStrings.navCatalog, isCurrent: isCatalogBrowsePath },
  {
    to: '/catalog/search',
    label: appStrings.navSearch,
    isCurrent: (pathname: string) => pathname === '/catalog/search',
  },
  {
    to: '/catalog/compare',
    label: appStrings.navCompare,
    isCurrent: (pathname: string) => pathname === '/catalog/compare',
  },
  { to: '/calls', label: appStrings.navCalls, isCurrent: (pathname: string) => pathname.startsWith('/calls') },
];

/** 场景目录 is current for /catalog and /catalog/2022/…, not for the search and compare pages it prefixes. */
function isCatalogBrowsePath(pathname: string): boolean {
  return pathname.startsWith('/catalog') && !/^\/catalog\/(search|compare)\/?$/.test(pathname);
}

export function PageSkeleton() {
  return (
    <div className="page-container">
      <LoadingBlock label={appStrings.loading} />
    </div>
  );
}

export function AppLayout() {
  const { pathname } = useLocation();
  return (
    <div className="app-shell">
      <a className="skip-link" href="#main-content">
        {appStrings.skipToContent}
      </a>
      <header className="app-header">
        <div className="app-header-inner">
          <Link to="/" className="app-brand" aria-label={appStrings.brandHomeLabel}>
            <span className="app-brand-mark" aria-hidden="true">
              impilot
            </span>
            <span className="app-brand-name">{appStrings.platformName}</span>
          </Link>
          <nav aria-label={appStrings.mainNavigation} className="app-nav">
            <ul>
              {navigationItems.map((item) => {
                const isCurrent = item.isCurrent(pathname);
                return (
                  <li key={item.to}>
                    <Link
                      to={item.to}
                      className={isCurrent ? 'app-nav-link is-current' : 'app-nav-link'}
                      aria-current={isCurrent ? 'page' : undefined}
                    >
                      {item.label}
                    </Link>
                  </li>
                );
              })}
            </ul>
          </nav>
          <AccountMenu />
        </div>
      </header>
      <main id="main-content" className="app-main" tabIndex={-1}>
        <Suspense fallback={<PageSkeleton />}>
          <Outlet />
        </Suspense>
      </main>
      <footer className="app-footer">
        <div className="app-footer-inner">
          <p>{appStrings.footerSource}</p>
          <p>
            {appStrings.footerCopyright} · <Link to="/catalog">{appStrings.navCatalog}</Link> ·{' '}
            <Link to="/catalog/compare">{appStrings.navCompare}</Link>
          </p>
        </div>
      </footer>
      <ScrollRestoration />
    </div>
  );
}
