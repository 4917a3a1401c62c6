/**
 * npm run bench: throughput of the catalogue endpoints against /api/health in the same run (ratios, because
 * these machines are noisy), sign-in throughput and the argon2id cost, cold and warm start to healthy,
 * and the initial client JS gzipped; then the application and recommendation benchmarks (bench/applications.ts,
 * bench/recommendations.ts).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { hash } from '@node-rs/argon2';
import autocannon from 'autocannon';
import { passwordHashOptions } from '../src/server/modules/users/users.service.js';
import { repositoryRoot } from '../src/server/test/seed-documents.js';
import { findFreePort, spawnServer, waitForHealth } from '../src/server/test/server-process.js';
import { runApplicationsBench } from './applications.js';
import { runRecommendationsBench } from './recommendations.js';

const durationSeconds = Number(process.env.BENCH_SECONDS ?? 10);

async function measure(
  url: string,
  encoding = 'gzip, deflate, br',
  post?: { body: string; connections: number },
): Promise<number> {
  // Browsers always send Accept-Encoding; the baseline gets the same header.
  const result = await autocannon({
    url,
    connections: post?.connections ?? 20,
    method: post ? 'POST' : 'GET',
    body: post?.body,
    duration: durationSeconds,
    pipelining: 1,
    headers: {
      ...(encoding ? { 'accept-encoding': encoding } : {}),
      ...(post ? { 'content-type': 'application/json' } : {}),
    },
  });
  if (result.non2xx > 0 || result.errors > 0)
    throw new Error(`${url}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  return result.requests.average;
}

function initialClientBytes(): { raw: number; gzip: number; files: string[] } {
  const clientDir = path.join(repositoryRoot, 'dist', 'client');
  const html = fs.readFileSync(path.join(clientDir, 'index.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\/?(assets\/[^"]+\.js)"/g)].map((match) => match[1]!);
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const bytes = fs.readFileSync(path.join(clientDir, file));
    raw += bytes.length;
    gzip += zlib.gzipSync(bytes, { level: 9 }).length;
  }
  return { raw, gzip, files };
}

async function measureHashCost(): Promise<number> {
  const timings: number[] = [];
  for (let run = 0; run < 9; run++) {
    const started = performance.now();
    await hash(`bench-password-${run}`, passwordHashOptions);
    timings.push(performance.now() - started);
  }
  return timings.sort((left, right) => left - right)[4]!;
}

async function main(): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'impilot-bench-'));
  const port = await findFreePort();
  const base = `http://127.0.0.1:${port}`;
  try {
    const cold = spawnServer({ PORT: String(port), DATA_DIR: dataDir, DEMO: '1', LOG_LEVEL: 'warn' });
    const coldMs = await waitForHealth(base, 60_000);
    cold.child.kill('SIGTERM');
    await cold.exited;
    const server = spawnServer({ PORT: String(port), DATA_DIR: dataDir, DEMO: '1', LOG_LEVEL: 'warn' });
    const warmMs = await waitForHealth(base, 60_000);

    const query = encodeURIComponent('机器视觉 缺陷检测');
    const health = await measure(`${base}/api/health`);
    const stages = await measure(`${base}/api/catalog/editions/2022/stages`);
    const search = await measure(`${base}/api/catalog/scenarios?q=${query}&edition=2022`);
    const stagesPlain = await measure(`${base}/api/catalog/editions/2022/stages`, '');
    const signIns = await measure(`${base}/api/auth/login`, '', {
      body: JSON.stringify({ username: 'demo-enterprise', password: 'Demo-enterprise-2026' }),
      connections: 4,
    });
    server.child.kill('SIGTERM');
    await server.exited;

    const rows = [
      ['GET /api/health (baseline)', health, 1],
      ['GET /api/catalog/editions/2022/stages', stages, stages / health],
      ['GET /api/catalog/scenarios?q=机器视觉 缺陷检测', search, search / health],
      ['GET …/2022/stages without Accept-Encoding', stagesPlain, stagesPlain / health],
      ['POST /api/auth/login (argon2id verify)', signIns, signIns / health],
    ] as const;
    process.stdout.write(`\nthroughput (${durationSeconds} s each, 20 connections)\n`);
    for (const [label, rps, ratio] of rows) {
      process.stdout.write(`  ${label.padEnd(48)} ${rps.toFixed(0).padStart(7)} req/s  ratio ${ratio.toFixed(2)}\n`);
    }
    process.stdout.write(
      `  goals: catalogue ≥ 0.50 (${stages / health >= 0.5 ? 'met' : 'MISSED'}), search ≥ 0.20 (${search / health >= 0.2 ? 'met' : 'MISSED'})\n`,
    );
    process.stdout.write(`start to healthy: cold ${coldMs} ms (goal < 15000), warm ${warmMs} ms (goal < 5000)\n`);
    const hashMs = await measureHashCost();
    process.stdout.write(
      `argon2id ${JSON.stringify(passwordHashOptions)}: median ${hashMs.toFixed(0)} ms per hash (goal 50–250 ms: ${hashMs >= 50 && hashMs <= 250 ? 'met' : 'MISSED'})\n`,
    );
    const bundle = initialClientBytes();
    process.stdout.write(
      `initial client JS: ${(bundle.raw / 1024).toFixed(1)} KB raw, ${(bundle.gzip / 1024).toFixed(1)} KB gzipped (goal < 400 KB) in ${bundle.files.length} files\n`,
    );
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
await runApplicationsBench();
await runRecommendationsBench();
