import type { Role, SessionUser } from '@shared/auth';
import { updateUser } from '@server/auth/updateUser';
import { conflict, forbidden } from '@server/errors';
import { DesignModel, type DesignDoc } from '@server/models/Design';
import { recordAudit } from './audit';
import { trusted } from '@server/db/trusted';
import { retryOnConflict, writeDesign } from '@server/designs/writeDesign';

/** Staff are suspended by an admin (who first removes their role), never by a fellow moderator. */
const STAFF: Role[] = ['moderator', 'admin'];

/** Each of the user's designs gets the flag through the permit, so no concurrent step is lost. */
async function hideDesignsOf(userId: string): Promise<void> {
  const ids = (
    await DesignModel.find({ ownerUserId: userId, ownerSuspended: trusted({ $ne: true }) }, { _id: 1 }).lean<
      { _id: string }[]
    >()
  ).map((d) => d._id);
  for (const id of ids) {
    await retryOnConflict(async () => {
      const doc = await DesignModel.findById(id).lean<DesignDoc | null>();
      if (doc && !doc.ownerSuspended) await writeDesign(doc, { $set: { ownerSuspended: true } });
    });
  }
}

/**
 * Suspends a shopper: they can no longer sign in, and `loadUser` ends their sessions on the
 * next request. Their designs stay but are hidden from the public (`ownerSuspended`), so an
 * abusive account's gallery disappears at once and comes back if an admin lifts the suspension.
 */
export async function suspendUser(targetId: string, moderator: SessionUser, reason: string): Promise<void> {
  // Decided on the user as read; read again and decided again if a role change came first.
  const target = await updateUser(targetId, (user) => {
    if (user._id === moderator.id) throw forbidden('You cannot suspend yourself.');
    if (user.roles.some((r) => STAFF.includes(r))) throw forbidden('Moderators and admins are suspended by an admin.');
    if (user.suspendedAt) throw conflict('This user is already suspended.');
    return { update: { $set: { suspendedAt: new Date() } }, filter: { suspendedAt: null } };
  });
  await hideDesignsOf(target._id);
  await recordAudit({ actor: moderator, action: 'suspend', userId: target._id, reason });
}
