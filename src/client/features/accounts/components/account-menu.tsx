import { useEffect, useId, useRef, useState } from 'react';
import { Link, useLocation } from 'react-router';
import { roleLabels } from '../../../../shared/accounts/accounts.schemas.js';
import {
  canManageCalls,
  canOpenAdministration,
  canOpenJurisdictionEnterprises,
  canOpenMyApplications,
  canOpenOwnEnterprise,
  canOpenReviews,
} from '../accounts.access.js';
import { useMe, useSignOut } from '../accounts.api.js';
import { accountsStrings } from '../accounts.strings.js';

/**
 * The header's account area: 登录 / 注册 when anonymous, the user menu (我的账号, 管理, 退出) when signed in.
 * A plain disclosure (button + list) rather than antd's Dropdown, which would add its menu code to every page's
 * first load.
 */
export function AccountMenu() {
  const meQuery = useMe();
  const signOut = useSignOut();
  const { pathname, search } = useLocation();
  const [isOpen, setIsOpen] = useState(false);
  const menuId = useId();
  const containerRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);

  // Close on navigation, outside clicks and Escape (which returns focus to the button).
  // biome-ignore lint/correctness/useExhaustiveDependencies: closing is the point of a path change
  useEffect(() => setIsOpen(false), [pathname]);
  useEffect(() => {
    if (!isOpen) return;
    const handlePointer = (event: PointerEvent) => {
      if (!containerRef.current?.contains(event.target as Node)) setIsOpen(false);
    };
    const handleKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setIsOpen(false);
      buttonRef.current?.focus();
    };
    document.addEventListener('pointerdown', handlePointer);
    document.addEventListener('keydown', handleKey);
    return () => {
      document.removeEventListener('pointerdown', handlePointer);
      document.removeEventListener('keydown', handleKey);
    };
  }, [isOpen]);

  if (meQuery.isPending) return <div className="app-account" aria-hidden="true" />;

  const me = meQuery.data;
  if (!me) {
    const isOnAuthPage = pathname === '/login' || pathname === '/register';
    // Come back to the page being read after signing in; the sign-in page itself is no destination.
    const next = isOnAuthPage || pathname === '/' ? '' : `?next=${encodeURIComponent(pathname + search)}`;
    return (
      <nav className="app-account" aria-label={accountsStrings.accountNavigation}>
        <Link
          to={`/login${next}`}
          className={pathname === '/login' ? 'app-nav-link is-current' : 'app-nav-link'}
          aria-current={pathname === '/login' ? 'page' : undefined}
        >
          {accountsStrings.signIn}
        </Link>
        <Link
          to="/register"
          className={
            pathname === '/register' ? 'app-nav-link app-register-link is-current' : 'app-nav-link app-register-link'
          }
          aria-current={pathname === '/register' ? 'page' : undefined}
        >
          {accountsStrings.register}
        </Link>
      </nav>
    );
  }

  const handleSignOut = () => {
    // Reload either way: if the server could not end the session, the fresh page truthfully still shows it.
    signOut.mutate(undefined, { onSettled: () => window.location.assign('/') });
  };

  return (
    <div className="app-account" ref={containerRef}>
      <button
        ref={buttonRef}
        type="button"
        className="app-account-button"
        aria-expanded={isOpen}
        aria-controls={menuId}
        onClick={() => setIsOpen((open) => !open)}
      >
        <span className="visually-hidden">{accountsStrings.currentUser}</span>
        <span className="app-account-name">{me.user.displayName}</span>
        {me.user.displayName !== roleLabels[me.user.role] && (
          <span className="app-account-role">{roleLabels[me.user.role]}</span>
        )}
        <span className="app-account-caret" aria-hidden="true" />
      </button>
      <ul id={menuId} className="app-account-menu" hidden={!isOpen}>
        <li>
          <Link to="/account">{accountsStrings.myAccount}</Link>
        </li>
        {canOpenMyApplications(me) && (
          <li>
            <Link to="/applications">{accountsStrings.myApplications}</Link>
          </li>
        )}
        {canManageCalls(me) && (
          <li>
            <Link to="/office/calls">{accountsStrings.manageCalls}</Link>
          </li>
        )}
        {canOpenReviews(me) && (
          <li>
            <Link to="/reviews">{accountsStrings.reviews}</Link>
          </li>
        )}
        {canOpenOwnEnterprise(me) && (
          <li>
            <Link to="/organization">{accountsStrings.ownEnterprise}</Link>
          </li>
        )}
        {canOpenJurisdictionEnterprises(me) && (
          <li>
            <Link to="/enterprises">{accountsStrings.jurisdictionEnterprises}</Link>
          </li>
        )}
        {canOpenAdministration(me) && (
          <li>
            <Link to="/admin">{accountsStrings.administration}</Link>
          </li>
        )}
        <li className="app-account-menu-separated">
          <button type="button" onClick={handleSignOut} disabled={signOut.isPending}>
            {accountsStrings.signOut}
          </button>
        </li>
      </ul>
    </div>
  );
}
