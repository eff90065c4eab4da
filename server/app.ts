import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import express, { type Express } from 'express';
import type { Store } from 'express-session';
import helmet from 'helmet';
import type { Logger } from 'pino';
import { pinoHttp } from 'pino-http';
import type { CatalogStore } from '@server/catalogs/catalogStore';
import type { Config } from '@server/config';
import { loadUser } from '@server/middleware/auth';
import { apiNotFound, errorHandler } from '@server/middleware/errorHandler';
import { jsonBody } from '@server/middleware/jsonBody';
import { locale } from '@server/middleware/locale';
import { originCheck } from '@server/middleware/originCheck';
import { queryGuard } from '@server/middleware/queryGuard';
import type { RateLimits } from '@server/middleware/rateLimit';
import { sessionMiddleware } from '@server/middleware/session';
import { adminUsersRouter } from '@server/routes/admin/users';
import { authRouter } from '@server/routes/auth/auth';
import { catalogsRouter } from '@server/routes/catalogs/catalogs';
import { designsRouter } from '@server/routes/designs/designs';
import { healthRouter } from '@server/routes/health';

export interface AppDeps {
  config: Config;
  catalogs: CatalogStore;
  sessionStore: Store;
  logger: Logger;
  rateLimits: RateLimits;
  /** The built client (index.html and assets); not served when absent. */
  clientDir?: string;
}

export const DEFAULT_CLIENT_DIR = resolve(import.meta.dirname, '../dist/client');

/** The whole HTTP app, without listening: tests and main both build it here. */
export function createApp(deps: AppDeps): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', deps.config.production ? 1 : false);
  app.set('query parser', 'simple');
  app.use(
    pinoHttp({
      logger: deps.logger,
      redact: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]'],
      autoLogging: { ignore: (req) => req.url === '/api/health' },
    }),
  );
  app.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'"],
          imgSrc: ["'self'", 'data:'],
          fontSrc: ["'self'", 'data:'],
          connectSrc: ["'self'"],
          objectSrc: ["'none'"],
          baseUri: ["'none'"],
          formAction: ["'self'"],
          frameAncestors: ["'none'"],
          upgradeInsecureRequests: deps.config.production ? [] : null,
        },
      },
      strictTransportSecurity: deps.config.production,
    }),
  );

  const api = express.Router();
  api.use(originCheck(deps.config.allowedOrigins), queryGuard, jsonBody, locale);
  api.use('/health', healthRouter());
  api.use('/catalogs', catalogsRouter(deps.catalogs));
  api.use('/moderation/check', deps.rateLimits.check);
  api.use(sessionMiddleware({ secret: deps.config.sessionSecret, store: deps.sessionStore, secure: deps.config.production }), loadUser);
  api.use('/auth', authRouter(deps.rateLimits, deps.config.production));
  api.use('/admin/users', adminUsersRouter());
  api.use('/designs', deps.rateLimits.write, designsRouter(deps.catalogs));
  api.use(apiNotFound);
  app.use('/api', api);

  const clientDir = deps.clientDir ?? DEFAULT_CLIENT_DIR;
  if (existsSync(resolve(clientDir, 'index.html'))) {
    app.use(express.static(clientDir, { index: false, maxAge: '1h', immutable: false }));
    // The client routes (/c/muesli, /d/abc...) all load the single page.
    app.get(/^\/(?!api\/).*/, (_req, res) => res.sendFile(resolve(clientDir, 'index.html')));
  }
  app.use(errorHandler);
  return app;
}
