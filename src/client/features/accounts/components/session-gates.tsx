import { lazy } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import { LoadingBlock } from '../../../components/loading-block.js';
import { canOpenAdministration } from '../accounts.access.js';
import { type Me, useMe } from '../accounts.api.js';

// The gates sit in the shell; the 403 page loads only when someone needs it.
const ForbiddenPage = lazy(() => import('../pages/forbidden.page.js').then((m) => ({ default: m.ForbiddenPage })));

function SessionLoading() {
  return (
    <div className="page-container">
      <LoadingBlock label="正在加载" />
    </div>
  );
}

/**
 * Renders the child routes for a signed-in user and sends anyone else to /login?next=<this page>. A failed
 * session check (network, 5xx) is thrown to the route's error page, which offers a reload.
 */
export function RequireSignIn() {
  const meQuery = useMe();
  const { pathname, search } = useLocation();
  if (meQuery.isPending) return <SessionLoading />;
  if (meQuery.isError) throw meQuery.error;
  if (!meQuery.data) return <Navigate to={`/login?next=${encodeURIComponent(pathname + search)}`} replace />;
  return <Outlet />;
}

/** Inside RequireSignIn: the administration pages for platform and organisation administrators. */
export function RequireAdministration({ allows = canOpenAdministration }: { allows?: (me: Me) => boolean }) {
  const meQuery = useMe();
  if (!meQuery.data) return <SessionLoading />;
  return allows(meQuery.data) ? <Outlet /> : <ForbiddenPage />;
}
