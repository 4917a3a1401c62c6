import { parseArgs } from 'node:util';
import { defaultDataDir } from '../app.js';
import { ConfigError, loadConfig } from '../config.js';
import { lockDataDir } from '../db/lock.js';
import { migrateDatabase } from '../db/migrate.js';
import { openConfiguredDatabase } from '../db/open.js';
import { createUsersService } from '../modules/users/users.service.js';
import { type Role, roles } from '../plugins/access.js';
import { AppError } from '../plugins/errors.js';
import { seedReferenceData, seedUsers } from '../seed.js';
import { verifyCatalog } from './verify-catalog.js';

const usage = `用法 / usage: npm run cli -- <command>
  db:migrate                       apply migrations
  db:seed                          migrate, then load reference data (and demo users unless DEMO=0)
  users:create --username U --password P --role ${roles.join('|')}
  catalog:verify                   print catalogue and reference counts; exit 1 on any mismatch`;

async function run(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === 'help' || command === '--help') {
    process.stdout.write(`${usage}\n`);
    return command ? 0 : 1;
  }
  const config = loadConfig(process.env);
  const releaseLock = config.databaseUrl ? () => {} : lockDataDir(config.dataDir);
  const handle = await openConfiguredDatabase(config);
  try {
    await migrateDatabase(handle);
    switch (command) {
      case 'db:migrate':
        process.stdout.write(`迁移完成 / migrations applied (${handle.kind})\n`);
        return 0;
      case 'db:seed': {
        const report = await seedReferenceData(handle.db, defaultDataDir);
        await seedUsers(handle.db, { demo: config.demo, adminPassword: config.adminPassword });
        for (const [name, state] of Object.entries(report)) process.stdout.write(`${name}: ${state}\n`);
        return 0;
      }
      case 'users:create': {
        const { values } = parseArgs({
          args: rest,
          options: { username: { type: 'string' }, password: { type: 'string' }, role: { type: 'string' } },
        });
        if (!values.username || !values.password || !roles.includes(values.role as Role)) {
          process.stderr.write(`${usage}\n`);
          return 1;
        }
        const user = await createUsersService({ db: handle.db }).createUser({
          username: values.username,
          password: values.password,
          role: values.role as Role,
        });
        process.stdout.write(`已创建用户 / user created: ${user.username} (${user.role}) id=${user.id}\n`);
        return 0;
      }
      case 'catalog:verify': {
        await seedReferenceData(handle.db, defaultDataDir);
        const { lines, ok } = await verifyCatalog(handle.db);
        process.stdout.write(`${lines.join('\n')}\n${ok ? '核对通过 / all counts match' : '核对失败 / MISMATCH'}\n`);
        return ok ? 0 : 1;
      }
      default:
        process.stderr.write(`未知命令 / unknown command: ${command}\n${usage}\n`);
        return 1;
    }
  } finally {
    await handle.close();
    releaseLock();
  }
}

run(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    const known = error instanceof ConfigError || error instanceof AppError;
    process.stderr.write(`${known ? (error as Error).message : String((error as Error).stack ?? error)}\n`);
    process.exit(1);
  },
);
