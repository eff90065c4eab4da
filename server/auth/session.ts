import type { Request } from 'express';
import type { Session } from 'express-session';
import { moveGuestMemberships } from '@server/codesign/moveGuestMemberships';
import { moveGuestDesigns } from '@server/designs/moveGuestDesigns';

const promisify =
  (method: 'regenerate' | 'save' | 'destroy') =>
  (session: Session): Promise<void> =>
    new Promise((ok, fail) => session[method]((err: unknown) => (err ? fail(err) : ok())));

const regenerate = promisify('regenerate');
const save = promisify('save');
export const destroySession = promisify('destroy');

/**
 * Signs the session in as `userId`: a new session id (the old one is deleted from the store,
 * so a planted cookie is worthless), and the guest's designs and co-design memberships move
 * to the account.
 */
export async function signIn(req: Request, userId: string): Promise<void> {
  const guestId = req.session.guestId;
  if (guestId) {
    await moveGuestDesigns(guestId, userId);
    await moveGuestMemberships(guestId, userId);
  }
  await regenerate(req.session);
  req.session.userId = userId;
  await save(req.session);
}
