import { PUBLIC_ID } from '@server/models/ids';
import type { Role, SessionUser } from '@shared/auth';
import { conflict, forbidden, notFound } from '@server/errors';
import { DesignModel, type DesignDoc } from '@server/models/Design';
import { UserModel, type UserDoc } from '@server/models/User';
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
  const target = PUBLIC_ID.test(targetId) ? await UserModel.findById(targetId).lean<UserDoc | null>() : null;
  if (!target) throw notFound(`User ${targetId}`);
  if (target._id === moderator.id) throw forbidden('You cannot suspend yourself.');
  if (target.roles.some((r) => STAFF.includes(r))) throw forbidden('Moderators and admins are suspended by an admin.');
  if (target.suspendedAt) throw conflict('This user is already suspended.');
  await UserModel.updateOne(
    { _id: target._id, suspendedAt: null, roles: trusted({ $nin: STAFF }) },
    { $set: { suspendedAt: new Date() } },
  );
  // FerretDB writes whole documents: a concurrent change of the user (roles) could undo this one. Verify.
  const after = await UserModel.findById(target._id).lean<UserDoc | null>();
  if (!after?.suspendedAt) throw conflict('The user was changed at the same moment; try again.');
  await hideDesignsOf(target._id);
  await recordAudit({ actor: moderator, action: 'suspend', userId: target._id, reason });
}
