import path from 'node:path';
import { fileURLToPath } from 'node:url';
import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import Fastify, { type FastifyBaseLogger, type FastifyRequest } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from './db/client.js';
import { createApplicationFilesService } from './modules/applications/applications.files.js';
import { createApplicationsOverview } from './modules/applications/applications.overview.js';
import { registerApplicationsRoutes } from './modules/applications/applications.routes.js';
import { createApplicationsService } from './modules/applications/applications.service.js';
import { registerAuditRoutes } from './modules/audit/audit.routes.js';
import { createAuditService } from './modules/audit/audit.service.js';
import { bearerTokenOf, sessionCookieName } from './modules/auth/auth.cookies.js';
import { registerAuthRoutes } from './modules/auth/auth.routes.js';
import { type AuthService, createAuthService } from './modules/auth/auth.service.js';
import { createCallDocumentsService } from './modules/calls/calls.documents.js';
import { registerCallDocumentsRoutes } from './modules/calls/calls.documents.routes.js';
import { registerCallsRoutes } from './modules/calls/calls.routes.js';
import { createCallsService } from './modules/calls/calls.service.js';
import { loadCallTemplates } from './modules/calls/calls.templates.js';
import { registerCatalogRoutes } from './modules/catalog/catalog.routes.js';
import { createCatalogService } from './modules/catalog/catalog.service.js';
import { createFilesService } from './modules/files/files.service.js';
import type { FileStore } from './modules/files/files.store.js';
import type { Mailer } from './modules/mail/mail.service.js';
import { registerEnterprisesRoutes } from './modules/organizations/enterprises.routes.js';
import { createEnterprisesService, licenceUpload } from './modules/organizations/enterprises.service.js';
import { registerOrganizationsRoutes } from './modules/organizations/organizations.routes.js';
import { createOrganizationsService } from './modules/organizations/organizations.service.js';
import { createRecommendationChainService } from './modules/organizations/recommendation-chain.service.js';
import { createRecommendationsReports } from './modules/recommendations/recommendations.reports.js';
import { registerRecommendationsRoutes } from './modules/recommendations/recommendations.routes.js';
import { createRecommendationsService } from './modules/recommendations/recommendations.service.js';
import { registerReferenceRoutes } from './modules/reference/reference.routes.js';
import { createReferenceService } from './modules/reference/reference.service.js';
import { registerReviewsRoutes } from './modules/reviews/reviews.routes.js';
import { createReviewsService } from './modules/reviews/reviews.service.js';
import { createUsersService } from './modules/users/users.service.js';
import { type RecordedRoute, registerAccessGate } from './plugins/access.js';
import { registerClient } from './plugins/client.js';
import { registerErrorHandling } from './plugins/errors.js';
import { registerOpenApi } from './plugins/openapi.js';
import { createChineseTokenizer } from './tokenizer.js';

const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const defaultDataDir = path.join(rootDir, 'data');
export const defaultClientDir = path.join(rootDir, 'dist', 'client');

export type AppDependencies = {
  db: Database;
  logger?: FastifyBaseLogger | boolean;
  /** Folder of the reviewed reference data (data/ in the repository). */
  referenceDataDir?: string;
  clientDir?: string;
  /** Where uploads are stored (DATA_DIR/uploads in production, a temporary folder in tests). */
  fileStore: FileStore;
  /** Clock for sign-in lockouts and sessions; tests move it. */
  now?: () => Date;
  mailer?: Mailer | null;
  publicUrl?: string;
  /** Trust X-Forwarded-* (only behind a proxy: otherwise clients could forge their address). */
  trustProxy?: boolean;
};

/** Bearer token first (scripts), then the session cookie. */
async function resolveActor(auth: AuthService, request: FastifyRequest, options?: { checkedByWrite?: boolean }) {
  const bearer = bearerTokenOf(request);
  if (bearer) return auth.resolveApiToken(bearer);
  const sessionToken = request.cookies[sessionCookieName];
  return sessionToken ? auth.resolveSession(sessionToken, options) : null;
}

/** Body limit from the skeleton issue: anything over 1 MiB is answered 413. */
const bodyLimit = 1024 * 1024;

/** Builds the application from explicit dependencies; every module is wired here and nowhere else. */
export async function buildApp(dependencies: AppDependencies) {
  const app = Fastify({
    loggerInstance: typeof dependencies.logger === 'object' ? dependencies.logger : undefined,
    logger: typeof dependencies.logger === 'boolean' ? dependencies.logger : undefined,
    bodyLimit,
    trustProxy: dependencies.trustProxy ?? false,
    return503OnClosing: true,
    forceCloseConnections: 'idle',
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandling(app);
  await registerOpenApi(app);

  const referenceDataDir = dependencies.referenceDataDir ?? defaultDataDir;
  const catalog = createCatalogService({ db: dependencies.db, tokenize: createChineseTokenizer() });
  const reference = createReferenceService({ db: dependencies.db, dataDir: referenceDataDir });
  const routes: RecordedRoute[] = [];
  const auth = createAuthService({
    db: dependencies.db,
    now: dependencies.now,
    mailer: dependencies.mailer,
    publicUrl: dependencies.publicUrl,
  });
  const users = createUsersService({ db: dependencies.db });
  const organizations = createOrganizationsService({ db: dependencies.db, reference, auth, now: dependencies.now });
  const audit = createAuditService({ db: dependencies.db });
  const files = createFilesService({ db: dependencies.db, store: dependencies.fileStore });
  const enterprises = createEnterprisesService({ db: dependencies.db, files, reference });
  const now = dependencies.now ?? (() => new Date());
  const calls = createCallsService({
    db: dependencies.db,
    templates: loadCallTemplates(referenceDataDir),
    catalog,
    organizations,
    now,
  });
  const callDocuments = createCallDocumentsService({ db: dependencies.db, files, calls });
  const chain = createRecommendationChainService({ db: dependencies.db });
  const applicationDependencies = {
    db: dependencies.db,
    calls,
    enterprises,
    organizations,
    chain,
    sessions: auth,
    now,
  };
  const applications = createApplicationsService(applicationDependencies);
  const applicationsOverview = createApplicationsOverview({ db: dependencies.db, calls, applications });
  const applicationFiles = createApplicationFilesService({
    ...applicationDependencies,
    files,
    applications,
    publicUrl: dependencies.publicUrl ?? '',
  });
  const reviews = createReviewsService({ db: dependencies.db, applications, organizations, reference });
  const recommendations = createRecommendationsService({
    db: dependencies.db,
    applications,
    calls,
    organizations,
    chain,
    now,
  });
  const recommendationReports = createRecommendationsReports({
    recommendations,
    applications,
    calls,
    organizations,
    reference,
    now,
  });
  await app.register(cookie);
  await app.register(multipart, { limits: { fileSize: licenceUpload.maxBytes, files: 1, fields: 10 } });

  await app.register((api, _options, done) => {
    registerAccessGate(api, routes, (request, options) => resolveActor(auth, request, options));
    api.withTypeProvider<ZodTypeProvider>().get(
      '/api/health',
      {
        config: { access: 'public' },
        schema: {
          tags: ['system 系统'],
          summary: '健康检查',
          response: { 200: z.object({ status: z.literal('ok') }) },
        },
      },
      () => ({ status: 'ok' as const }),
    );
    registerCatalogRoutes(api, catalog);
    registerReferenceRoutes(api, reference);
    registerAuthRoutes(api, { auth, organizations, users });
    registerOrganizationsRoutes(api, { organizations, auth });
    registerAuditRoutes(api, audit);
    registerEnterprisesRoutes(api, enterprises);
    registerCallsRoutes(api, calls);
    registerCallDocumentsRoutes(api, callDocuments);
    registerApplicationsRoutes(api, {
      applications,
      overview: applicationsOverview,
      applicationFiles,
      calls,
      reference,
    });
    registerReviewsRoutes(api, reviews);
    registerRecommendationsRoutes(api, { recommendations, reports: recommendationReports });
    done();
  });
  await registerClient(app, dependencies.clientDir ?? defaultClientDir);
  await app.ready();
  await catalog.warmUp();
  return Object.assign(app, { routeRegistry: routes });
}

export type App = Awaited<ReturnType<typeof buildApp>>;
