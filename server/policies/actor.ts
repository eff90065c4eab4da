import type { Role, SessionUser } from '@shared/auth';

/**
 * Who is asking, whatever the transport (an HTTP request, a socket message): the session's guest
 * id, and once signed in the user and their roles. Built once per request by `loadUser`
 * (`res.locals.actor`); every policy takes this and plain objects only.
 */
export interface Actor {
  userId?: string;
  guestId?: string;
  roles: readonly Role[];
}

/** The actor of a session (its guest id) and its signed-in user, if any. */
export const actorOf = (
  session: { guestId?: string } | undefined,
  user: Pick<SessionUser, 'id' | 'roles'> | undefined,
): Actor => ({ guestId: session?.guestId, userId: user?.id, roles: user?.roles ?? [] });

/** The actor of a signed-in user (a moderator's step, a background job acting for them). */
export const userActor = (user: Pick<SessionUser, 'id' | 'roles'>): Actor => actorOf(undefined, user);
