import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import { resolve } from 'node:path';
import express, { type Express } from 'express';
import type { Store } from 'express-session';
import type { Logger } from 'pino';
import type { CatalogStore } from '@server/catalogs/catalogStore';
import type { Config } from '@server/config';
import { loadUser, requireRole } from '@server/middleware/auth';
import { apiNotFound, errorHandler } from '@server/middleware/errorHandler';
import { apiInput } from '@server/middleware/apiInput';
import { jsonBody } from '@server/middleware/jsonBody';
import { apiHeaders, pageHeaders } from '@server/middleware/securityHeaders';
import { installLocale } from '@server/middleware/locale';
import { originCheck } from '@server/middleware/originCheck';
import { queryGuard } from '@server/middleware/queryGuard';
import type { RateLimits } from '@server/middleware/rateLimit';
import { sessionMiddleware } from '@server/middleware/session';
import { adminCatalogBodies, adminCatalogsRouter } from '@server/routes/admin/catalogs';
import { imagesRouter } from '@server/routes/images';
import { adminUsersRouter } from '@server/routes/admin/users';
import { authRouter } from '@server/routes/auth/auth';
import { catalogChecks, catalogsRouter, checkBody } from '@server/routes/catalogs/catalogs';
import { designsRouter } from '@server/routes/designs';
import { galleryRouter } from '@server/routes/gallery/gallery';
import { moderationRouter } from '@server/routes/moderation/moderation';
import { healthRouter } from '@server/routes/health';
import { shareCardRouter } from '@server/routes/shareCard';
import { designCommunityRouter } from '@server/routes/gallery/community';
import { sharePage } from '@server/shareCard/sharePage';
import { suggestionsHandler } from '@server/routes/catalogs/suggestions';
import type { DesignIndex } from '@server/designs/designIndex';
import { insightsEventHandlers, insightsRouter } from '@server/routes/insights';
import { reviewActionsRouter } from '@server/routes/gallery/reviewActions';
import { reviewModerationRouter } from '@server/routes/moderation/reviewModeration';
import { requireHttpsInProduction } from '@server/ops/httpsRequired';
import { recordRoutes, requestMetrics } from '@server/ops/metrics';
import { requestLog } from '@server/ops/requestLog';
import { openApiRoute } from '@server/openapi/openApiDocument';
import { metricsRoute } from '@server/ops/metricsRoute';
import { databaseCheck, readyRouter, type ReadinessCheck } from '@server/ops/readiness';
import { createLiveHub } from '@server/codesign/createLiveHub';
import type { LiveHub } from '@server/codesign/hub';
import { invitesRouter } from '@server/routes/codesign/codesign';

export interface AppDeps {
  config: Config;
  catalogs: CatalogStore;
  sessionStore: Store;
  logger: Logger;
  rateLimits: RateLimits;
  /** The saved designs in memory: "often combined with" counts and the impact report read it; without it suggestions are empty and impact reads the database. */
  designIndex?: DesignIndex;
  /** What GET /api/ready checks (default: the database). */
  readiness?: ReadinessCheck[];
  /** The built client (index.html and assets); not served when absent. */
  clientDir?: string;
}

/** The app's live channel (rooms of shared designs); `attachLive` serves it on the HTTP server. */
export const liveOf = (app: Express): LiveHub => app.locals.live as LiveHub;
export const attachLive = (app: Express, server: Server) => liveOf(app).attach(server);

export const DEFAULT_CLIENT_DIR = resolve(import.meta.dirname, '../dist/client');

/** The whole HTTP app, without listening: tests and main both build it here. */
export function createApp(deps: AppDeps): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', deps.config.trustProxy);
  recordRoutes(app.request);
  installLocale(app.request);
  app.use(requestMetrics);
  app.get('/metrics', metricsRoute(deps.config.metricsToken));
  app.set('query parser', 'simple');
  // No hashed ETags on every answer: API answers are fresh computations, and catalogs set
  // their own ETag from their version.
  app.set('etag', false);
  // Public, stateless and hot (every click of every shopper may call them): no session and
  // no per-request log line, so they stay close to a bare endpoint; errors are still logged.
  // The two rule checks are flat routes, their input pipeline and handler one layer.
  const commonSteps = [originCheck(deps.config.allowedOrigins), queryGuard, jsonBody];
  const common = apiInput(...commonSteps);
  const checks = catalogChecks(deps.catalogs);
  // Generous (RATE_LIMIT_GUIDANCE, 1200 a minute per client): a shopper clicking fast stays far below.
  const checkSteps = [apiHeaders, deps.rateLimits.guidance, ...commonSteps, checkBody];
  const checkInput = apiInput(...checkSteps);
  app.post('/api/catalogs/:id/validate', apiInput(...checkSteps, checks.validate));
  app.post('/api/catalogs/:id/guidance', apiInput(...checkSteps, checks.guidance));
  app.post(
    '/api/catalogs/:id/suggestions',
    checkInput,
    deps.rateLimits.suggest,
    suggestionsHandler(deps.catalogs, deps.designIndex, deps.config.suggestions.minSupport),
  );
  app.post(
    '/api/catalogs/:id/events',
    apiInput(apiHeaders, common),
    deps.rateLimits.suggest,
    ...insightsEventHandlers(deps.catalogs),
  );

  app.use('/api', apiHeaders);
  app.get('/api/openapi.json', openApiRoute);
  app.use('/api/health', common, healthRouter());
  app.use('/api/ready', common, readyRouter(deps.readiness ?? [databaseCheck]));
  app.use('/api/catalogs', common, catalogsRouter(deps.catalogs));

  app.use(requestLog(deps.logger));

  const api = express.Router();
  const session = sessionMiddleware({
    secret: deps.config.sessionSecret,
    store: deps.sessionStore,
    secure: deps.config.production,
  });
  // The catalog editor takes whole catalogs (up to 1 MB) and CSV: its own body parsers, before
  // `common`'s 64 kB JSON-only one (which then skips them), and only for merchandisers, so
  // nobody else can make the server read a large body.
  const live = createLiveHub(deps, session);
  app.locals.live = live;
  api.use(
    '/admin/catalogs',
    originCheck(deps.config.allowedOrigins),
    session,
    loadUser,
    requireRole('merchandiser'),
    adminCatalogBodies(),
  );
  // Option images: public, immutable, by `_id`; no session or body to read for them.
  api.use('/images', imagesRouter());
  api.use(common);
  api.use('/moderation/check', deps.rateLimits.check);
  api.use(session, loadUser);
  api.use(['/auth/login', '/auth/register'], requireHttpsInProduction(deps.config.production));
  api.use('/auth', authRouter(deps.rateLimits, deps.config.production));
  api.use('/admin/users', adminUsersRouter());
  api.use('/admin/catalogs', insightsRouter(deps.catalogs, deps.config.suggestions.minSupport));
  api.use('/admin/catalogs', adminCatalogsRouter(deps.catalogs, deps.designIndex));
  api.use('/gallery', galleryRouter(deps.catalogs));
  // Share cards, the author's other designs and review actions: their own routers, before the
  // design routes (reviewActionsRouter counts its writes against the write rate limit itself).
  api.use(
    '/designs',
    shareCardRouter(deps.catalogs),
    designCommunityRouter(),
    reviewActionsRouter(deps.rateLimits.write),
  );
  api.use('/designs', designsRouter(deps.catalogs, deps.rateLimits.write, live));
  api.use('/invites', invitesRouter(deps.rateLimits.invite));
  api.use('/moderation', reviewModerationRouter());
  api.use('/moderation', moderationRouter());
  api.use(apiNotFound);
  app.use('/api', api);

  app.use(pageHeaders(deps.config.production));

  const clientDir = deps.clientDir ?? DEFAULT_CLIENT_DIR;
  if (existsSync(resolve(clientDir, 'index.html'))) {
    app.use(express.static(clientDir, { index: false, maxAge: '1h', immutable: false }));
    // A public design's page carries its share card tags (crawlers run no JavaScript).
    app.get('/d/:id', sharePage(deps.catalogs, resolve(clientDir, 'index.html')));
    // The client routes (/c/muesli, /d/abc...) all load the single page.
    app.get(/^\/(?!api\/).*/, (_req, res) => res.sendFile(resolve(clientDir, 'index.html')));
  }
  app.use(errorHandler(deps.logger));
  return app;
}
