import { lazy } from 'react';
import { createBrowserRouter, Navigate } from 'react-router';
import {
  canManageCalls,
  canOpenJurisdictionEnterprises,
  canOpenMyApplications,
  canOpenOwnEnterprise,
  canOpenReviews,
  canReadAuditLog,
} from '../features/accounts/accounts.access.js';
import { RequireAdministration, RequireSignIn } from '../features/accounts/components/session-gates.js';
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
const LoginPage = lazy(() =>
  import('../features/accounts/pages/login.page.js').then((m) => ({ default: m.LoginPage })),
);
const RegisterPage = lazy(() =>
  import('../features/accounts/pages/register.page.js').then((m) => ({ default: m.RegisterPage })),
);
const AccountPage = lazy(() =>
  import('../features/accounts/pages/account.page.js').then((m) => ({ default: m.AccountPage })),
);
const InvitationPage = lazy(() =>
  import('../features/accounts/pages/invitation.page.js').then((m) => ({ default: m.InvitationPage })),
);
const ResetPasswordPage = lazy(() =>
  import('../features/accounts/pages/reset-password.page.js').then((m) => ({ default: m.ResetPasswordPage })),
);
const OrganizationPage = lazy(() =>
  import('../features/enterprises/pages/organization.page.js').then((m) => ({ default: m.OrganizationPage })),
);
const EnterprisesPage = lazy(() =>
  import('../features/enterprises/pages/enterprises.page.js').then((m) => ({ default: m.EnterprisesPage })),
);
const AdminLayoutPage = lazy(() =>
  import('../features/admin/pages/admin-layout.page.js').then((m) => ({ default: m.AdminLayoutPage })),
);
const OrganizationsPage = lazy(() =>
  import('../features/admin/pages/organizations.page.js').then((m) => ({ default: m.OrganizationsPage })),
);
const UsersPage = lazy(() => import('../features/admin/pages/users.page.js').then((m) => ({ default: m.UsersPage })));
const CallsPage = lazy(() => import('../features/calls/pages/calls.page.js').then((m) => ({ default: m.CallsPage })));
const CallDetailPage = lazy(() =>
  import('../features/calls/pages/call-detail.page.js').then((m) => ({ default: m.CallDetailPage })),
);
const OfficeCallsPage = lazy(() =>
  import('../features/calls/pages/office-calls.page.js').then((m) => ({ default: m.OfficeCallsPage })),
);
const OfficeCallPage = lazy(() =>
  import('../features/calls/pages/office-call.page.js').then((m) => ({ default: m.OfficeCallPage })),
);
const NewApplicationPage = lazy(() =>
  import('../features/calls/pages/new-application.page.js').then((m) => ({ default: m.NewApplicationPage })),
);
const MyApplicationsPage = lazy(() =>
  import('../features/applications/pages/my-applications.page.js').then((m) => ({ default: m.MyApplicationsPage })),
);
const ApplicationEditorPage = lazy(() =>
  import('../features/applications/pages/application-editor.page.js').then((m) => ({
    default: m.ApplicationEditorPage,
  })),
);
const ReviewsPage = lazy(() =>
  import('../features/reviews/pages/reviews.page.js').then((m) => ({ default: m.ReviewsPage })),
);
const FormalReviewPage = lazy(() =>
  import('../features/reviews/pages/formal-review.page.js').then((m) => ({ default: m.FormalReviewPage })),
);
const AuditPage = lazy(() => import('../features/admin/pages/audit.page.js').then((m) => ({ default: m.AuditPage })));

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
            { path: 'calls', element: <CallsPage /> },
            { path: 'calls/:id', element: <CallDetailPage /> },
            { path: 'login', element: <LoginPage /> },
            { path: 'register', element: <RegisterPage /> },
            { path: 'invite/:token', element: <InvitationPage /> },
            { path: 'reset-password/:token', element: <ResetPasswordPage /> },
            {
              element: <RequireSignIn />,
              children: [
                { path: 'account', element: <AccountPage /> },
                { path: 'calls/:id/apply', element: <NewApplicationPage /> },
                {
                  path: 'applications',
                  element: <RequireAdministration allows={canOpenMyApplications} />,
                  children: [{ index: true, element: <MyApplicationsPage /> }],
                },
                { path: 'applications/:id', element: <ApplicationEditorPage /> },
                {
                  path: 'office/calls',
                  element: <RequireAdministration allows={canManageCalls} />,
                  children: [
                    { index: true, element: <OfficeCallsPage /> },
                    { path: ':id', element: <OfficeCallPage /> },
                  ],
                },
                {
                  path: 'reviews',
                  element: <RequireAdministration allows={canOpenReviews} />,
                  children: [
                    { index: true, element: <ReviewsPage /> },
                    { path: ':applicationId', element: <FormalReviewPage /> },
                  ],
                },
                {
                  path: 'organization',
                  element: <RequireAdministration allows={canOpenOwnEnterprise} />,
                  children: [{ index: true, element: <OrganizationPage /> }],
                },
                {
                  path: 'enterprises',
                  element: <RequireAdministration allows={canOpenJurisdictionEnterprises} />,
                  children: [{ index: true, element: <EnterprisesPage /> }],
                },
                {
                  path: 'admin',
                  element: <RequireAdministration />,
                  children: [
                    {
                      element: <AdminLayoutPage />,
                      children: [
                        { index: true, element: <Navigate to="organizations" replace /> },
                        { path: 'organizations', element: <OrganizationsPage /> },
                        { path: 'users', element: <UsersPage /> },
                        {
                          path: 'audit',
                          element: <RequireAdministration allows={canReadAuditLog} />,
                          children: [{ index: true, element: <AuditPage /> }],
                        },
                      ],
                    },
                  ],
                },
              ],
            },
            { path: '*', element: <NotFoundPage /> },
          ],
        },
      ],
    },
  ]);
}
