// npm test: type check, lint, unit and integration tests (PGlite and PostgreSQL), then browser tests.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureChromium } from './ensure-chromium.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);

try {
  process.env.CHROMIUM_PATH = ensureChromium();
} catch (error) {
  process.stderr.write(`${error.message}\n`);
  process.exit(1);
}

const steps = [
  ['类型检查 / typecheck', bin('tsc'), ['--noEmit', '-p', '.']],
  ['代码检查 / lint', bin('biome'), ['check', '.']],
  ['单元与集成测试 / unit + integration', bin('vitest'), ['run']],
  ['浏览器测试 / e2e', bin('vitest'), ['run', '--config', 'vitest.e2e.config.ts']],
];
for (const [label, command, args] of steps) {
  process.stdout.write(`\n== ${label}\n`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: process.env });
  if (result.status !== 0) {
    process.stderr.write(`\n失败 / failed: ${label}\n`);
    process.exit(result.status ?? 1);
  }
}
