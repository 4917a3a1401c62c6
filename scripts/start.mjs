// npm start: rebuild the client only when its sources changed, then run the server (which migrates and seeds).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const stampFile = path.join(root, 'dist', 'client', '.source-hash');

function hashClientSources() {
  const hash = createHash('sha256');
  const inputs = ['src/client', 'src/shared', 'vite.config.ts', 'package-lock.json'];
  const walk = (file) => {
    const stat = fs.statSync(file, { throwIfNoEntry: false });
    if (!stat) return;
    if (stat.isDirectory()) {
      for (const entry of fs.readdirSync(file).sort()) walk(path.join(file, entry));
      return;
    }
    hash.update(path.relative(root, file));
    hash.update(fs.readFileSync(file));
  };
  for (const input of inputs) walk(path.join(root, input));
  return hash.digest('hex');
}

const sourceHash = hashClientSources();
const builtHash = fs.existsSync(stampFile) ? fs.readFileSync(stampFile, 'utf8') : '';
if (sourceHash !== builtHash) {
  process.stdout.write('构建前端 / building the client…\n');
  const result = spawnSync(
    process.execPath,
    [path.join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'warn'],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
  if (result.status !== 0) process.exit(result.status ?? 1);
  fs.writeFileSync(stampFile, sourceHash);
}

register();
await import('../src/server/main.ts');
