import '../admin.css';
import { Typography } from 'antd';
import { Suspense } from 'react';
import { NavLink, Outlet } from 'react-router';
import { LoadingBlock } from '../../../components/loading-block.js';
import { PageTitle } from '../../../components/page-title.js';
import { canReadAuditLog } from '../../accounts/accounts.access.js';
import { useMe } from '../../accounts/accounts.api.js';
import { adminStrings } from '../admin.strings.js';

/** The administration shell: heading, the caller's scope and the section links; each section is a child route. */
export function AdminLayoutPage() {
  const me = useMe().data;
  const sections = [
    { to: '/admin/organizations', label: adminStrings.organizationsTab },
    { to: '/admin/users', label: adminStrings.usersTab },
    ...(canReadAuditLog(me) ? [{ to: '/admin/audit', label: adminStrings.auditTab }] : []),
  ];
  const scope =
    me?.user.role === 'admin' || !me?.organization
      ? adminStrings.scopeAll
      : adminStrings.scopeOrganization(me.organization.name);

  return (
    <div className="page-container admin-page">
      <PageTitle title={adminStrings.title} />
      <header className="page-header admin-header">
        <Typography.Title level={1} className="page-heading">
          {adminStrings.title}
        </Typography.Title>
        <Typography.Paragraph className="page-intro">{scope}</Typography.Paragraph>
        <nav aria-label={adminStrings.sectionsNavigation} className="admin-tabs">
          <ul>
            {sections.map((section) => (
              <li key={section.to}>
                <NavLink
                  to={section.to}
                  className={({ isActive }) => (isActive ? 'admin-tab is-current' : 'admin-tab')}
                >
                  {section.label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <Suspense fallback={<LoadingBlock label={adminStrings.loading} />}>
        <Outlet />
      </Suspense>
    </div>
  );
}
