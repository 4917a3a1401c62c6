import { type ChildProcess, spawn } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { repositoryRoot } from './seed-documents.js';

export async function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

export type ServerProcess = { child: ChildProcess; output: () => string; exited: Promise<number | null> };

/**
 * The V8 flags `npm start` gives the server (package.json): a larger young generation means fewer scavenges on the
 * autosave path, which allocates a few short-lived copies of the draft per save.
 */
export const serverNodeFlags = ['--max-semi-space-size=32'];

/** Runs `src/server/main.ts` as `npm start` would (without the client build). */
export function spawnServer(env: Record<string, string>, nodeOptions: string[] = []): ServerProcess {
  const child = spawn(
    process.execPath,
    [...serverNodeFlags, ...nodeOptions, '--import', 'tsx', path.join('src', 'server', 'main.ts')],
    {
      cwd: repositoryRoot,
      env: { ...process.env, LOG_LEVEL: 'info', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

export async function waitForHealth(url: string, timeoutMs: number): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    try {
      const response = await fetch(`${url}/api/health`);
      if (response.ok) return Date.now() - started;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`server at ${url} not healthy within ${timeoutMs} ms`);
}
