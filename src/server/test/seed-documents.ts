import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repositoryRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const dataDir = path.join(repositoryRoot, 'data');

const cache = new Map<string, string>();

/** A seed document (copied into docs/seeds) with all whitespace removed, as the transcription tests compare. */
export function compactSeed(file: string): string {
  let text = cache.get(file);
  if (text === undefined) {
    text = compact(fs.readFileSync(path.join(repositoryRoot, 'docs', 'seeds', file), 'utf8'));
    cache.set(file, text);
  }
  return text;
}

export const compact = (text: string) => text.replace(/\s+/gu, '');
