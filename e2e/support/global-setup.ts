import fs from 'node:fs';
import type { TestProject } from 'vitest/node';
import { e2eAdminPassword } from './accounts.js';
import { buildClient } from './build-client.js';
import { startServer } from './server.js';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    clientDir: string;
  }
}

/**
 * Builds the client once, then starts one real server (fresh DATA_DIR, DEMO=0) for every spec file, with the
 * platform administrator `admin` so specs can create their organisations and users through the API.
 */
export default async function setup(project: TestProject) {
  const clientDir = await buildClient();
  const server = await startServer({ env: { ADMIN_PASSWORD: e2eAdminPassword, CLIENT_DIR: clientDir } });
  project.provide('baseUrl', server.url);
  project.provide('clientDir', clientDir);
  return async () => {
    await server.stop();
    fs.rmSync(clientDir, { recursive: true, force: true });
  };
}
