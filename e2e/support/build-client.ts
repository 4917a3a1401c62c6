import { spawn } from 'node:child_process';
import path from 'node:path';
import { repoRoot } from './server.js';

/**
 * Always builds: the server serves dist/client, and a stale build would test yesterday's pages.
 * Runs `vite build` in its own process because vitest sets NODE_ENV=test, which would make the
 * in-process build bundle React's and antd's development code.
 */
export async function buildClient(): Promise<void> {
  const viteBin = path.join(repoRoot, 'node_modules', 'vite', 'bin', 'vite.js');
  const output: string[] = [];
  const child = spawn(process.execPath, [viteBin, 'build', '--logLevel', 'warn'], {
    cwd: repoRoot,
    env: { ...process.env, NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  const exitCode = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  if (exitCode !== 0) throw new Error(`vite build failed (exit ${exitCode}):\n${output.join('')}`);
}
