import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { inject } from 'vitest';

/** The client build of this run (see global-setup.ts). */
const clientDir = inject('clientDir');

function readAsset(file: string): string {
  return fs.readFileSync(path.join(clientDir, file), 'utf8');
}

/** Chunks a module imports statically (minified `from"./x.js"` / `import"./x.js"`), not its lazy `import()`s. */
function staticImportsOf(file: string): string[] {
  const source = readAsset(file);
  const directory = path.posix.dirname(file);
  return [...source.matchAll(/(?:from|import)\s*"\.\/([^"]+\.js)"/g)].map((match) =>
    path.posix.join(directory, match[1]!),
  );
}

function closureOf(entries: string[]): Set<string> {
  const seen = new Set<string>();
  const pending = [...entries];
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    pending.push(...staticImportsOf(file));
  }
  return seen;
}

export function gzipSizeOf(files: Iterable<string>): number {
  let total = 0;
  for (const file of files) total += zlib.gzipSync(fs.readFileSync(path.join(clientDir, file)), { level: 9 }).length;
  return total;
}

/** The JS index.html loads before any page: the entry script and its modulepreloads, with their imports. */
export function findShellChunks(): Set<string> {
  const html = readAsset('index.html');
  const scripts = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((match) => match[1]!);
  return closureOf(scripts);
}

/** The JS a lazily loaded page adds to the shell, found by the page module's chunk name (e.g. `home.page`). */
export function findPageChunks(pageName: string): Set<string> {
  const assets = fs.readdirSync(path.join(clientDir, 'assets'));
  const pageChunk = assets.find((file) => file.startsWith(`${pageName}-`) && file.endsWith('.js'));
  if (!pageChunk) throw new Error(`no chunk named ${pageName}-*.js in dist/client/assets`);
  return closureOf([`assets/${pageChunk}`]);
}
