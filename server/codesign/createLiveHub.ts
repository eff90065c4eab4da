import type { RequestHandler } from 'express';
import type { AppDeps } from '@server/app';
import type { LiveHub } from './hub';
import { LocalHub } from './localHub';
import { RedisHub } from './redisHub';

/** Rooms in this process; with REDIS_URL and APP_PROCESSES > 1, one owner process per room. */
export function createLiveHub(deps: AppDeps, session: RequestHandler): LiveHub {
  const socketDeps = { session, allowedOrigins: deps.config.allowedOrigins, logger: deps.logger };
  if (deps.config.redisUrl && deps.config.topology.processes > 1)
    return new RedisHub(deps.catalogs, socketDeps, deps.logger, deps.config.redisUrl, deps.config.redisPrefix);
  return new LocalHub(deps.catalogs, socketDeps, deps.logger);
}
