import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const clientRoot = fileURLToPath(new URL('./src/client', import.meta.url));
const outDir = fileURLToPath(new URL('./dist/client', import.meta.url));

/** The API server (src/server) listens on 3000 by default; `vite` dev forwards /api there. */
const apiTarget = process.env.API_TARGET ?? 'http://127.0.0.1:3000';

export default defineConfig({
  root: clientRoot,
  plugins: [react()],
  build: {
    outDir,
    emptyOutDir: true,
    // antd alone is ~300 kB gzipped; routes are split with React.lazy, the budget is checked in the report.
    chunkSizeWarningLimit: 1200,
  },
  server: {
    proxy: { '/api': { target: apiTarget, changeOrigin: false } },
  },
});
