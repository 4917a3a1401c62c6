import { describe, expect, it } from 'vitest';
import { findPageChunks, findShellChunks, gzipSizeOf } from './support/bundle.js';

/** Initial JavaScript budget for a public page, gzipped (set by the lead for slow government networks). */
const budgetBytes = 400 * 1024;

const pages = [
  'home.page',
  'catalog.page',
  'catalog-search.page',
  'edition-compare.page',
  // Public account pages: sign-in, registration and the links administrators send.
  'login.page',
  'register.page',
  'invitation.page',
  'reset-password.page',
];

describe('bundle budget', () => {
  it('the shell loaded by index.html stays under 400 KB gzipped', () => {
    const shellBytes = gzipSizeOf(findShellChunks());
    console.info(`shell JS: ${(shellBytes / 1024).toFixed(1)} KB gzipped`);
    expect(shellBytes).toBeLessThan(budgetBytes);
  });

  for (const pageName of pages) {
    it(`the first load of ${pageName} (shell + its chunks) stays under 400 KB gzipped`, () => {
      const chunks = new Set([...findShellChunks(), ...findPageChunks(pageName)]);
      const totalBytes = gzipSizeOf(chunks);
      console.info(`${pageName} first load JS: ${(totalBytes / 1024).toFixed(1)} KB gzipped`);
      expect(totalBytes).toBeLessThan(budgetBytes);
    });
  }
});
