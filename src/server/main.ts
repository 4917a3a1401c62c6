import pino from 'pino';
import { buildApp, defaultDataDir } from './app.js';
import { ConfigError, loadConfig } from './config.js';
import { DataDirLockedError, lockDataDir } from './db/lock.js';
import { migrateDatabase } from './db/migrate.js';
import { openConfiguredDatabase } from './db/open.js';
import { demoLogins } from './demo.js';
import { createLocalFileStore } from './modules/files/files.store.js';
import { createSmtpMailer } from './modules/mail/mail.service.js';
import { seedReferenceData, seedUsers } from './seed.js';

async function main(): Promise<void> {
  const startedAt = performance.now();
  const config = loadConfig(process.env);
  const logger = pino({ level: config.logLevel });
  const releaseLock = config.databaseUrl ? () => {} : lockDataDir(config.dataDir);
  const handle = await openConfiguredDatabase(config);
  await migrateDatabase(handle);
  const seeded = await seedReferenceData(handle.db, defaultDataDir);
  await seedUsers(handle.db, { demo: config.demo, adminPassword: config.adminPassword });
  const app = await buildApp({
    db: handle.db,
    logger,
    trustProxy: config.trustProxy,
    fileStore: createLocalFileStore(config.dataDir),
    mailer: config.smtpUrl ? createSmtpMailer({ url: config.smtpUrl, from: config.mailFrom }) : null,
    publicUrl: config.publicUrl,
    clientDir: config.clientDir,
  });
  await app.listen({ port: config.port, host: config.host });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  logger.info({ database: handle.kind, seeded, ms: Math.round(performance.now() - startedAt) }, 'impilot ready');
  printBanner(`http://${config.host}:${port}`, config.demo);

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    logger.info({ signal }, 'shutting down: finishing in-flight requests');
    const timer = setTimeout(() => {
      logger.error('shutdown took over 10 s, exiting');
      process.exit(1);
    }, 10_000);
    timer.unref();
    await app.close();
    await handle.close();
    releaseLock();
    logger.info('closed cleanly');
    process.exit(0);
  };
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));
}

function printBanner(url: string, demo: boolean): void {
  const lines = [`impilot 智能制造试点示范服务平台已启动: ${url}`, `  API 文档: ${url}/api/docs`];
  if (demo) {
    lines.push('  演示账号 (DEMO=0 可关闭):');
    for (const login of demoLogins)
      lines.push(`    ${login.label.padEnd(8, '　')} ${login.username} / ${login.password}`);
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof DataDirLockedError) {
    process.stderr.write(`${error.message}\n`);
  } else {
    process.stderr.write(
      `启动失败 / start-up failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
  }
  process.exit(1);
});
