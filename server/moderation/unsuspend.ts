import type { SessionUser } from '@shared/auth';
import { conflict, notFound } from '@server/errors';
import { retryOnConflict, writeDesign } from '@server/designs/writeDesign';
import { DesignModel, type DesignDoc } from '@server/models/Design';
import { PUBLIC_ID } from '@server/models/ids';
import { UserModel, type UserDoc } from '@server/models/User';
import { recordAudit } from './audit';

/**
 * Lifts a suspension: the user may sign in again and their designs are visible as before
 * (each through the design permit, like the suspension). Audited. 409 when not suspended.
 */
export async function unsuspendUser(targetId: string, moderator: SessionUser, reason?: string): Promise<void> {
  const target = PUBLIC_ID.test(targetId) ? await UserModel.findById(targetId).lean<UserDoc | null>() : null;
  if (!target) throw notFound(`User ${targetId}`);
  if (!target.suspendedAt) throw conflict('This user is not suspended.');
  await UserModel.updateOne({ _id: target._id }, { $set: { suspendedAt: null } });
  const ids = (
    await DesignModel.find({ ownerUserId: target._id, ownerSuspended: true }, { _id: 1 }).lean<{ _id: string }[]>()
  ).map((d) => d._id);
  for (const id of ids) {
    await retryOnConflict(async () => {
      const doc = await DesignModel.findById(id).lean<DesignDoc | null>();
      if (doc?.ownerSuspended) await writeDesign(doc, { $set: { ownerSuspended: false } });
    });
  }
  await recordAudit({ actor: moderator, action: 'unsuspend', userId: target._id, reason });
}
