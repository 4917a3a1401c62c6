import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repositoryRoot } from '../test/seed-documents.js';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'impilot-cli-'));
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

/** Runs `npm run cli -- …` as a person would (without npm's banner). */
const cli = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', path.join('src', 'server', 'cli', 'main.ts'), ...args], {
    cwd: repositoryRoot,
    env: { ...process.env, DATA_DIR: dataDir, DEMO: '0', DATABASE_URL: '' },
    encoding: 'utf8',
  });

describe('npm run cli', () => {
  it('migrates, seeds, and verifies the catalogue counts', () => {
    expect(cli('db:migrate').status).toBe(0);
    const seeded = cli('db:seed');
    expect(seeded.status).toBe(0);
    expect(seeded.stdout).toContain('catalog: loaded');
    const verified = cli('catalog:verify');
    expect(verified.status).toBe(0);
    expect(verified.stdout).toContain('✓ 2022 版 场景 scenarios: 45');
    expect(verified.stdout).toContain('✓ GB/T 4754-2017 class: 1381');
    expect(verified.stdout).toContain('核对通过');
  });

  it('exits 1 naming the mismatch when the database lost a scenario', async () => {
    const { openPglite } = await import('../db/client.js');
    const { sql } = await import('drizzle-orm');
    const handle = await openPglite(path.join(dataDir, 'pglite'));
    await handle.db.execute(sql`delete from catalog_map_entries where '2024-40' = any(to_codes)`);
    await handle.db.execute(sql`delete from catalog_scenarios where code = '2024-40'`);
    await handle.close();
    const verified = cli('catalog:verify');
    expect(verified.status).toBe(1);
    expect(verified.stdout).toContain('✗ 2024 版 场景 scenarios: 39 (应为 expected 40)');
  });

  it('creates a user, refuses a weak password and an unknown command', () => {
    const created = cli(
      'users:create',
      '--username',
      'cli-office',
      '--password',
      'Cli-password-123',
      '--role',
      'office',
    );
    expect([created.status, created.stdout]).toEqual([0, expect.stringContaining('cli-office (office)')]);
    const weak = cli('users:create', '--username', 'cli-weak', '--password', 'short', '--role', 'office');
    expect(weak.status).toBe(1);
    expect(weak.stderr).toContain('密码至少10个字符');
    expect(cli('no-such-command').status).toBe(1);
  });
});
