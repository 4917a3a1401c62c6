import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditActionLabels } from '../shared/accounts/audit-actions.js';
import { repositoryRoot } from './test/seed-documents.js';

function sourceFiles(folder: string): string[] {
  return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(file);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [file] : [];
  });
}

describe('audit action labels', () => {
  it('labels every action the server records, and nothing it does not', () => {
    const recorded = new Set<string>();
    for (const file of sourceFiles(path.join(repositoryRoot, 'src', 'server'))) {
      for (const match of fs.readFileSync(file, 'utf8').matchAll(/'([a-z]+\.[a-z_]+)'(?!:)/g)) {
        if (/^(auth|user|organization|invitation|enterprise|call|application|recommendation)\./.test(match[1]!))
          recorded.add(match[1]!);
      }
    }
    expect([...recorded].sort()).toEqual(Object.keys(auditActionLabels).sort());
  });
});
