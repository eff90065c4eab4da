import type { RequestHandler } from 'express';
import type { Role, SessionUser } from '@shared/auth';
import { forbidden, unauthorized } from '@server/errors';
import { UserModel, type UserDoc } from '@server/models/User';
import { actorOf, type Actor } from '@server/policies/actor';
import { hasRole } from '@server/policies/rolePolicy';
import { presentSessionUser } from '@server/presenters/userPresenter';

declare module 'express-serve-static-core' {
  interface Request {
    /** The signed-in user, read fresh for each request (roles and suspension apply at once). */
    user?: SessionUser;
  }
  interface Locals {
    /** Who is asking (set by `loadUser`); what every policy takes. */
    actor: Actor;
  }
}

/**
 * Loads the session's user. A user who was suspended or deleted is signed out here, so their
 * sessions stop working on the next request, whatever route it is for.
 */
export const loadUser: RequestHandler = async (req, res, next) => {
  if (req.user) return next(); // already loaded earlier on this request's way
  res.locals.actor = actorOf(req.session, undefined);
  const userId = req.session?.userId;
  if (!userId) return next();
  const doc = await UserModel.findById(userId).lean<UserDoc | null>();
  if (!doc || doc.suspendedAt) {
    delete req.session.userId;
    return next();
  }
  req.user = presentSessionUser(doc);
  res.locals.actor = actorOf(req.session, req.user);
  next();
};

/** 401 unless signed in. */
export const requireUser = (): RequestHandler => (req, _res, next) => next(req.user ? undefined : unauthorized());

/** 401 unless signed in, 403 unless the user holds `role`. */
export const requireRole =
  (role: Role): RequestHandler =>
  (req, res, next) => {
    if (!req.user) return next(unauthorized());
    next(hasRole(res.locals.actor, role) ? undefined : forbidden(`This needs the ${role} role.`));
  };
