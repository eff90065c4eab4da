import { Router, type RequestHandler } from 'express';
import type { CatalogStore } from '@server/catalogs/catalogStore';
import type { LiveHub } from '@server/codesign/hub';
import { codesignRouter } from '@server/routes/codesign/codesign';
import { communityRouter } from './community';
import { designsCrudRouter } from './designs';
import { designUpgradeRouter } from './upgrade';
import { workflowRouter } from './workflow';

/**
 * Everything under /api/designs, behind the write rate limit: the author's workflow steps,
 * votes, reviews and remixes, then the design itself. Each router loads `:id` once
 * (`withDesign`) and authorises with the policies in server/policies/designPolicy.ts.
 */
export function designsRouter(catalogs: CatalogStore, rateLimit: RequestHandler, live?: LiveHub): Router {
  const router = Router();
  const sharing = live ? [codesignRouter(live)] : [];
  router.use(
    rateLimit,
    ...sharing,
    workflowRouter(catalogs),
    communityRouter(catalogs),
    designUpgradeRouter(catalogs),
    designsCrudRouter(catalogs, live),
  );
  return router;
}
