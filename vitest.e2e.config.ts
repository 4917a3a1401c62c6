import { defineConfig } from 'vitest/config';

/** Browser flows against the real server and data: `npm run test:e2e` (needs Debian chromium + fonts-noto-cjk). */
export default defineConfig({
  // The client's vite.config.ts roots Vite in src/client; the e2e run is rooted at the repository.
  root: '.',
  test: {
    include: ['e2e/**/*.e2e.ts'],
    globalSetup: ['e2e/support/global-setup.ts'],
    // One server and one chromium on a two-core machine: run the spec files one after another.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
