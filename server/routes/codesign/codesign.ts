import { Router, type Request, type RequestHandler, type Response } from 'express';
import { loadMembership } from '@server/codesign/access';
import type { LiveHub } from '@server/codesign/hub';
import { acceptInvite, createInvite, listInvites, revokeInvite } from '@server/codesign/invites';
import { findMember, listCollaborators, personId, removeMember } from '@server/codesign/members';
import { loadDesign } from '@server/designs/loadDesign';
import { forbidden } from '@server/errors';
import { ensureGuest } from '@server/middleware/session';
import { validateBody } from '@server/middleware/validateBody';
import { actorOf } from '@server/policies/actor';
import { canRemoveMember, canSeeMembers, canShareDesign } from '@server/policies/designPolicy';
import { createInviteSchema } from './schema';

/** The app's own origin as the browser reached it (the invite URL opens there). */
const originOf = (req: Request) => `${req.protocol}://${req.get('host')}`;

async function ownDesign(req: Request, res: Response) {
  const doc = await loadDesign(String(req.params.id));
  if (!canShareDesign(res.locals.actor, doc)) throw forbidden('Only the owner shares this design.');
  return doc;
}

/** /api/designs/:id/invites and /api/designs/:id/collaborators. */
export function codesignRouter(live: LiveHub): Router {
  const router = Router();

  router.post('/:id/invites', validateBody(createInviteSchema), async (req, res) => {
    const doc = await ownDesign(req, res);
    const actor = res.locals.actor;
    const { role } = req.body;
    const created = await createInvite(doc, role, actor.userId ?? `g:${actor.guestId}`, originOf(req));
    res.status(201).json(created);
  });

  router.get('/:id/invites', async (req, res) => {
    const doc = await ownDesign(req, res);
    res.json(await listInvites(doc._id));
  });

  router.delete('/:id/invites/:token', async (req, res) => {
    const doc = await ownDesign(req, res);
    await revokeInvite(doc._id, String(req.params.token));
    res.status(204).end();
  });

  router.get('/:id/collaborators', async (req, res) => {
    const doc = await loadDesign(String(req.params.id));
    const actor = res.locals.actor;
    const member = await loadMembership(doc._id, actor);
    if (!canSeeMembers(actor, doc, member)) throw forbidden('Only the owner and the members see who is in.');
    res.json(await listCollaborators(doc, actor, await live.online(doc._id), req.locale));
  });

  router.delete('/:id/collaborators/:memberId', async (req, res) => {
    const doc = await loadDesign(String(req.params.id));
    const actor = res.locals.actor;
    const target = await findMember(doc._id, String(req.params.memberId));
    if (!canRemoveMember(actor, doc, target)) throw forbidden('Only the owner removes others; you may leave.');
    await removeMember(target);
    await live.kick(doc._id, personId(target));
    res.status(204).end();
  });

  return router;
}

/** POST /api/invites/:token/accept: any session (a guest gets one), rate-limited. */
export function invitesRouter(limit: RequestHandler): Router {
  const router = Router();
  router.post('/:token/accept', limit, ensureGuest, async (req, res) => {
    const name = req.user?.displayName ?? null;
    // The actor again: a new guest got its id just now (ensureGuest).
    const actor = actorOf(req.session, req.user);
    res.json(await acceptInvite(String(req.params.token), actor, loadDesign, name));
  });
  return router;
}
