import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { repoRoot } from './server.js';

/**
 * Always builds, into a folder of this run's own (so two runs never delete each other's assets), and returns it;
 * the e2e server serves it through CLIENT_DIR. A stale build would test yesterday's pages.
 * Runs `vite build` in its own process because vitest sets NODE_ENV=test, which would make the
 * in-process build bundle React's and antd's development code.
 */
export async function buildClient(): Promise<string> {
  const viteBin = path.join(repoRoot, 'node_modules', 'vite', 'bin', 'vite.js');
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'impilot-client-'));
  const output: string[] = [];
  const args = [viteBin, 'build', '--logLevel', 'warn', '--outDir', outDir, '--emptyOutDir'];
  const child = spawn(process.execPath, args, {
    cwd: repoRoot,
    env: { ...process.env, NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  const exitCode = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  if (exitCode !== 0) throw new Error(`vite build failed (exit ${exitCode}):\n${output.join('')}`);
  return outDir;
}
