import { Router, type Request, type RequestHandler, type Response } from 'express';
import type { ParamsDictionary } from 'express-serve-static-core';
import type { SessionUser } from '@shared/auth';
import type { DecisionBody, TextCheckResponse } from '@shared/moderation';
import { badRequest } from '@server/errors';
import { requireRole } from '@server/middleware/auth';
import { validateBody } from '@server/middleware/validateBody';
import { checkText } from '@server/textFilter';
import { presentDesign } from '@server/presenters/designPresenter';
import { isAuditCursor, listAudit } from '@server/moderation/audit';
import { decide, type Decision } from '@server/moderation/decide';
import { claimDesign, loadQueue } from '@server/moderation/queue';
import { suspendUser } from '@server/moderation/suspend';
import { approveSchema, checkSchema, reasonSchema, rejectSchema } from './schema';

const AUDIT_DEFAULT = 50;
const AUDIT_MAX = 100;

/** requireRole ran before: the moderator is there. */
const moderatorOf = (req: Request): SessionUser => req.user!;

function auditQuery(req: Request): { limit: number; cursor?: string } {
  const { limit = String(AUDIT_DEFAULT), cursor } = req.query as Record<string, unknown>;
  const n = typeof limit === 'string' && /^\d{1,3}$/.test(limit) ? Number(limit) : NaN;
  if (!(n >= 1 && n <= AUDIT_MAX)) throw badRequest(`limit must be a whole number from 1 to ${AUDIT_MAX}.`);
  if (cursor !== undefined && (typeof cursor !== 'string' || !isAuditCursor(cursor)))
    throw badRequest('cursor must be the nextCursor of a previous audit page.');
  return { limit: n, cursor: cursor as string | undefined };
}

/** POST /api/moderation/designs/:id/{approve,reject,takedown}: the design after the decision. */
const decision =
  (kind: Decision) => async (req: Request<ParamsDictionary, unknown, DecisionBody | undefined>, res: Response) => {
    const updated = await decide(String(req.params.id), moderatorOf(req), kind, req.body);
    res.json(presentDesign(updated, false));
  };

/** approve takes no body at all, or one checked like any other. */
const checkApprove = validateBody(approveSchema);
const optionalApproveBody: RequestHandler = (req, res, next) =>
  req.body === undefined ? next() : checkApprove(req, res, next);

/**
 * /api/moderation: the text check (anyone; its rate limit is mounted in app.ts) and the
 * moderators' routes (401 signed out, 403 without the moderator role).
 */
export function moderationRouter(): Router {
  const router = Router();

  router.post('/check', validateBody(checkSchema), (req, res) => {
    const { text, locale } = req.body;
    const { verdict, matches } = checkText(text, locale ?? req.locale);
    // The canonical term stays on the server: the browser learns where and what kind, not our list.
    const body: TextCheckResponse = {
      verdict,
      matches: matches.map(({ start, end, category, severity }) => ({ start, end, category, severity })),
    };
    res.json(body);
  });

  router.use(requireRole('moderator'));
  router.get('/queue', async (req, res) => {
    res.json({ items: await loadQueue(moderatorOf(req)) });
  });
  router.post('/designs/:id/claim', async (req, res) => {
    const claim = await claimDesign(String(req.params.id), moderatorOf(req));
    res.json({
      designId: claim._id,
      by: { id: claim.by, displayName: claim.byName },
      at: claim.at.toISOString(),
      mine: true,
    });
  });
  router.post('/designs/:id/approve', optionalApproveBody, decision('approve'));
  router.post('/designs/:id/reject', validateBody(rejectSchema), decision('reject'));
  router.post('/designs/:id/takedown', validateBody(reasonSchema), decision('takedown'));
  router.post('/users/:id/suspend', validateBody(reasonSchema), async (req, res) => {
    await suspendUser(String(req.params.id), moderatorOf(req), req.body.reason?.trim() ?? '');
    res.status(204).end();
  });
  router.get('/audit', async (req, res) => {
    const { limit, cursor } = auditQuery(req);
    res.json(await listAudit(limit, cursor));
  });
  return router;
}
