import { Router, type RequestHandler } from 'express';
import type { CatalogStore } from '@server/catalogs/catalogStore';
import { communityRouter } from './community';
import { designsCrudRouter } from './designs';
import { workflowRouter } from './workflow';

/**
 * Everything under /api/designs, behind the write rate limit: the author's workflow steps,
 * votes, reviews and remixes, then the design itself. Each router loads `:id` once
 * (`withDesign`) and authorises with the policies in server/policies/designPolicy.ts.
 */
export function designsRouter(catalogs: CatalogStore, rateLimit: RequestHandler): Router {
  const router = Router();
  router.use(rateLimit, workflowRouter(catalogs), communityRouter(catalogs), designsCrudRouter(catalogs));
  return router;
}
