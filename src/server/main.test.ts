import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findFreePort, spawnServer, waitForHealth } from './test/server-process.js';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'impilot-start-'));
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

describe('server process', () => {
  it('stops at once with a one-line message naming a wrong variable', async () => {
    const server = spawnServer({ PORT: 'not-a-port', DATA_DIR: dataDir });
    expect(await server.exited).toBe(1);
    const lines = server.output().trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('PORT');
  });

  it('starts cold on an empty DATA_DIR, refuses a second server on it, and shuts down cleanly on SIGTERM', async () => {
    const port = await findFreePort();
    const first = spawnServer({ PORT: String(port), DATA_DIR: dataDir, DEMO: '1' });
    const coldMs = await waitForHealth(`http://127.0.0.1:${port}`, 60_000);
    expect(coldMs).toBeLessThan(60_000);
    expect(first.output()).toContain('demo-enterprise / Demo-enterprise-2026');

    const second = spawnServer({ PORT: String(await findFreePort()), DATA_DIR: dataDir });
    expect(await second.exited).toBe(1);
    expect(second.output().trim().split('\n')).toHaveLength(1);
    expect(second.output()).toContain(dataDir);

    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    expect(first.output()).toContain('closed cleanly');
    expect(fs.existsSync(path.join(dataDir, 'impilot.lock'))).toBe(false);

    // Warm start on the same folder: the database was closed cleanly and the seed is skipped.
    const warm = spawnServer({ PORT: String(port), DATA_DIR: dataDir, DEMO: '0' });
    await waitForHealth(`http://127.0.0.1:${port}`, 30_000);
    const editions = await (await fetch(`http://127.0.0.1:${port}/api/catalog/editions`)).json();
    expect(editions).toHaveLength(3);
    expect(warm.output()).toContain('"catalog":"unchanged"');
    expect(warm.output()).not.toContain('演示账号');
    warm.child.kill('SIGINT');
    expect(await warm.exited).toBe(0);
  });
});
