import type { Router, RequestHandler } from 'express';
import { forbidden, notFound, unauthorized } from '@server/errors';
import { loadDesign } from '@server/designs/loadDesign';
import type { DesignDoc } from '@server/models/Design';
import { isPubliclyVisible } from '@server/moderation/stateMachine';
import { canEditDesign, canReadDesign, canSubmitDesign, isOwner } from '@server/policies/designPolicy';

declare module 'express-serve-static-core' {
  interface Locals {
    /** The design named by `:id`, loaded once by the `id` parameter of the design routers. */
    design: DesignDoc;
  }
}

/** Every design router loads `:id` here, once per request (404 when there is none). */
export function withDesign(router: Router): Router {
  router.param('id', async (_req, res, next, id: string) => {
    res.locals.design = await loadDesign(id);
    next();
  });
  return router;
}

const guard =
  (allowed: (res: Parameters<RequestHandler>[1]) => boolean, refusal: () => Error): RequestHandler =>
  (_req, res, next) =>
    next(allowed(res) ? undefined : refusal());

/** The owner's, or a public one (403 for another's private design). */
export const readable = guard(
  (res) => canReadDesign(res.locals.actor, res.locals.design),
  () => forbidden('This design is private.'),
);
/** Only the owner changes it. */
export const editable = guard(
  (res) => canEditDesign(res.locals.actor, res.locals.design),
  () => forbidden('Only the owner may change this design.'),
);
/** Only the owner deletes it. */
export const deletable = guard(
  (res) => isOwner(res.locals.actor, res.locals.design),
  () => forbidden('Only the owner may delete this design.'),
);
/** The public sees it in the gallery (404 otherwise: private, pending, hidden and taken down alike). */
export const visible = guard(
  (res) => isPubliclyVisible(res.locals.design),
  () => notFound('This design'),
);

/**
 * The signed-in owner's design: 401 signed out, 403 for someone else's. Guests cannot submit
 * or appeal: what goes public needs an account that can be suspended.
 */
export const submittable: RequestHandler = (_req, res, next) => {
  const { actor, design } = res.locals;
  if (!actor.userId) return next(unauthorized());
  if (canSubmitDesign(actor, design)) return next();
  next(forbidden(isPubliclyVisible(design) ? 'Only the owner may do this.' : 'This design is private.'));
};
