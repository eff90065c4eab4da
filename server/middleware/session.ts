import { randomBytes } from 'node:crypto';
import type { RequestHandler } from 'express';
import session, { type Store } from 'express-session';

declare module 'express-session' {
  interface SessionData {
    /** Owns the designs made before signing in. */
    guestId: string;
    userId: string;
  }
}

export const SESSION_COOKIE = 'prosumer.sid';

/** Sessions live in the database (a store passed in); the cookie holds only a signed id. */
export function sessionMiddleware(opts: { secret: string; store: Store; secure: boolean }): RequestHandler {
  return session({
    name: SESSION_COOKIE,
    secret: opts.secret,
    store: opts.store,
    resave: false,
    saveUninitialized: false,
    rolling: false,
    proxy: opts.secure,
    cookie: { httpOnly: true, sameSite: 'lax', secure: opts.secure, maxAge: 1000 * 60 * 60 * 24 * 30, path: '/' },
  });
}

/** Gives the session a guest id the first time it needs to own something. */
export const ensureGuest: RequestHandler = (req, res, next) => {
  if (!req.session.guestId) req.session.guestId = randomBytes(16).toString('base64url');
  res.locals.actor = { ...res.locals.actor, guestId: req.session.guestId };
  next();
};
