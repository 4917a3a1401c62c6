import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { classifyEnterpriseSize } from '../shared/organizations/enterprise-size.rules.js';
import { computeUsccCheckCharacter } from '../shared/organizations/uscc.rules.js';
import type { Database } from './db/client.js';
import { transaction } from './db/transaction.js';
import { createCallsRepository } from './modules/calls/calls.repository.js';
import { loadCallTemplates, variantOf } from './modules/calls/calls.templates.js';
import { createOrganizationsRepository } from './modules/organizations/organizations.repository.js';
import { createUsersService } from './modules/users/users.service.js';
import type { Role } from './plugins/access.js';

export type DemoLogin = { username: string; password: string; role: Role; label: string };

/** Demo sign-ins, one per role and level, printed by `npm start` unless DEMO=0. */
export const demoLogins: DemoLogin[] = [
  { username: 'demo-admin', password: 'Demo-admin-2026', role: 'admin', label: '系统管理员' },
  { username: 'demo-office', password: 'Demo-office-2026', role: 'office', label: '主管部门（工信部装备一司）' },
  { username: 'demo-province', password: 'Demo-province-2026', role: 'recommender', label: '推荐单位（湖北省经信厅）' },
  { username: 'demo-city', password: 'Demo-city-2026', role: 'recommender', label: '推荐单位（武汉市经信局）' },
  {
    username: 'demo-recommender',
    password: 'Demo-recommender-2026',
    role: 'recommender',
    label: '推荐单位（武昌区经信局）',
  },
  { username: 'demo-enterprise', password: 'Demo-enterprise-2026', role: 'enterprise', label: '企业用户' },
  { username: 'demo-expert', password: 'Demo-expert-2026', role: 'expert', label: '评审专家' },
];

const demoUsccHead = '91420106MA4K8D3X0';
export const demoUscc = demoUsccHead + computeUsccCheckCharacter(demoUsccHead);

type DemoOrganization = {
  key: string;
  type: string;
  name: string;
  level: string | null;
  regionCode: string | null;
  parent: string | null;
  users: string[];
};

/** The demo's organisations, from the ministry down to one district and one enterprise in it. */
const demoOrganizations: DemoOrganization[] = [
  {
    key: 'national',
    type: 'office',
    name: '工业和信息化部装备工业一司',
    level: 'national',
    regionCode: null,
    parent: null,
    users: ['demo-office', 'demo-expert'],
  },
  {
    key: 'province',
    type: 'recommender',
    name: '湖北省经济和信息化厅',
    level: 'province',
    regionCode: '420000',
    parent: 'national',
    users: ['demo-province'],
  },
  {
    key: 'city',
    type: 'recommender',
    name: '武汉市经济和信息化局',
    level: 'city',
    regionCode: '420100',
    parent: 'province',
    users: ['demo-city'],
  },
  {
    key: 'district',
    type: 'recommender',
    name: '武昌区经济和信息化局',
    level: 'district',
    regionCode: '420106',
    parent: 'city',
    users: ['demo-recommender'],
  },
  {
    key: 'enterprise',
    type: 'enterprise',
    name: '武汉示例智能装备有限公司',
    level: null,
    regionCode: '420106',
    parent: null,
    users: ['demo-enterprise'],
  },
];

/** Creates the demo organisations and sign-ins once; a database that already has them is left alone. */
export async function seedDemoData(db: Database): Promise<void> {
  if (await createUsersService({ db }).findByUsername('demo-office')) return;
  await transaction(db, async (tx) => {
    const organizations = createOrganizationsRepository({ db: tx });
    const users = createUsersService({ db: tx });
    const ids = new Map<string, string>();
    for (const organization of demoOrganizations) {
      const id = randomUUID();
      ids.set(organization.key, id);
      await organizations.insertOrganization({
        id,
        type: organization.type,
        name: organization.name,
        level: organization.level,
        regionCode: organization.regionCode,
        parentId: organization.parent ? ids.get(organization.parent)! : null,
      });
      for (const username of organization.users) {
        const login = demoLogins.find((candidate) => candidate.username === username)!;
        await users.createUser({
          ...login,
          displayName: login.label,
          organizationId: id,
          isOrganizationAdmin: login.role !== 'expert',
        });
      }
    }
    await organizations.insertEnterprise({
      organizationId: ids.get('enterprise')!,
      uscc: demoUscc,
      name: '武汉示例智能装备有限公司',
      regionCode: '420106',
      industryCode: '349',
      employees: 520,
      revenue: 36000,
      size: classifyEnterpriseSize(520, 36000),
      ownershipType: '民营',
      address: '湖北省武汉市武昌区中北路 100 号',
      legalRepresentative: '张建国',
      contactName: '李明',
      contactPhone: '027-87654321',
    });
    await seedDemoCalls(tx, ids.get('national')!);
    const admin = demoLogins[0]!;
    await users.createUser({ ...admin, displayName: admin.label });
  });
}

const dataDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../data');

/** Two published national calls, open for a year from seeding, so the demo enterprise can apply at once. */
async function seedDemoCalls(db: Database, officeId: string): Promise<void> {
  const templates = loadCallTemplates(dataDir);
  const year = new Date().getFullYear();
  const opensAt = new Date(Date.now() - 24 * 3600 * 1000);
  const closesAt = new Date(Date.now() + 365 * 24 * 3600 * 1000);
  const demoCalls = [
    { templateId: 'excellent-scenario', title: `${year}年度智能制造优秀场景申报`, edition: '2024' },
    { templateId: 'demo-factory', title: `${year}年度智能制造示范工厂揭榜申报`, edition: '2024' },
  ];
  for (const call of demoCalls) {
    const variant = variantOf(templates.get(call.templateId)!)!;
    await createCallsRepository({ db }).insert({
      id: randomUUID(),
      templateId: call.templateId,
      variantKey: variant.key,
      templateVersion: variant.version,
      form: variant,
      title: call.title,
      year,
      catalogEdition: call.edition,
      regionPrefix: '',
      opensAt,
      closesAt,
      contact: '工业和信息化部装备工业一司 010-68205000',
      notice: '',
      status: 'published',
      publishedAt: opensAt,
      organizationId: officeId,
      createdBy: 'demo',
    });
  }
}
