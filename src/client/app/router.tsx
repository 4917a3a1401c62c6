import { lazy } from 'react';
import { createBrowserRouter, Navigate } from 'react-router';
import { AppLayout } from './app-layout.js';
import { NotFoundPage } from './not-found.page.js';
import { RouteErrorPage } from './route-error.page.js';

// Every page is its own chunk so the first load carries only the shell (see the bundle budget in the report).
const HomePage = lazy(() => import('../features/home/pages/home.page.js').then((m) => ({ default: m.HomePage })));
const CatalogPage = lazy(() =>
  import('../features/catalog/pages/catalog.page.js').then((m) => ({ default: m.CatalogPage })),
);
const CatalogSearchPage = lazy(() =>
  import('../features/catalog/pages/catalog-search.page.js').then((m) => ({ default: m.CatalogSearchPage })),
);
const EditionComparePage = lazy(() =>
  import('../features/catalog/pages/edition-compare.page.js').then((m) => ({ default: m.EditionComparePage })),
);

/** The edition shown when /catalog is opened without one: the newest guide. */
const defaultEditionPath = '/catalog/2024';

export function createAppRouter() {
  return createBrowserRouter([
    {
      path: '/',
      element: <AppLayout />,
      errorElement: <RouteErrorPage />,
      children: [
        {
          errorElement: <RouteErrorPage />,
          children: [
            { index: true, element: <HomePage /> },
            { path: 'catalog', element: <Navigate to={defaultEditionPath} replace /> },
            { path: 'catalog/search', element: <CatalogSearchPage /> },
            { path: 'catalog/compare', element: <EditionComparePage /> },
            { path: 'catalog/:edition/:code?', element: <CatalogPage /> },
            { path: '*', element: <NotFoundPage /> },
          ],
        },
      ],
    },
  ]);
}
