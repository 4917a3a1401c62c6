import * as applicationsTables from '../modules/applications/applications.tables.js';
import * as auditTables from '../modules/audit/audit.tables.js';
import * as authTables from '../modules/auth/auth.tables.js';
import * as callsTables from '../modules/calls/calls.tables.js';
import * as catalogTables from '../modules/catalog/catalog.tables.js';
import * as filesTables from '../modules/files/files.tables.js';
import * as organizationsTables from '../modules/organizations/organizations.tables.js';
import * as recommendationsTables from '../modules/recommendations/recommendations.tables.js';
import * as referenceTables from '../modules/reference/reference.tables.js';
import * as reviewsTables from '../modules/reviews/reviews.tables.js';
import * as systemTables from '../modules/system/system.tables.js';
import * as usersTables from '../modules/users/users.tables.js';

/** Every module's tables, for drizzle-kit and the typed query API. */
export const schema = {
  ...catalogTables,
  ...referenceTables,
  ...usersTables,
  ...systemTables,
  ...organizationsTables,
  ...authTables,
  ...auditTables,
  ...filesTables,
  ...callsTables,
  ...applicationsTables,
  ...reviewsTables,
  ...recommendationsTables,
};
