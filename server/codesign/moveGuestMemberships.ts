import { isDuplicateKey } from '@server/db/isDuplicateKey';
import { DesignModel, type DesignDoc } from '@server/models/Design';
import { MembershipModel, type MembershipDoc } from '@server/models/Membership';
import { UserModel, type UserDoc } from '@server/models/User';
import { membershipId } from './access';

/**
 * At sign-in, the designs a guest was let into become the account's, like the guest's own
 * designs (server/designs/moveGuestDesigns.ts). Each membership is a unique-key row, so the
 * move is an insert of the account's row (same public id: the others still see the same
 * person, now with the account's name) and a delete of the guest's. When the account already
 * had a part in the design, the stronger role stays; in the account's own design the guest's
 * row just goes.
 */
export async function moveGuestMemberships(guestId: string, userId: string): Promise<void> {
  const rows = await MembershipModel.find({ guestId }).lean<MembershipDoc[]>();
  if (!rows.length) return;
  const user = await UserModel.findById(userId, { displayName: 1 }).lean<Pick<UserDoc, 'displayName'> | null>();
  for (const row of rows) {
    const design = await DesignModel.findById(row.designId, { ownerUserId: 1 }).lean<Pick<
      DesignDoc,
      'ownerUserId'
    > | null>();
    if (design && design.ownerUserId !== userId) await becomeAccounts(row, userId, user?.displayName ?? null);
    await MembershipModel.deleteOne({ _id: row._id });
  }
}

async function becomeAccounts(row: MembershipDoc, userId: string, displayName: string | null): Promise<void> {
  const _id = membershipId(row.designId, `u:${userId}`);
  // An editor's link beats a viewer's, as when accepting (server/codesign/invites.ts).
  if (row.role === 'editor') await MembershipModel.deleteOne({ _id, role: 'viewer' });
  try {
    await MembershipModel.create({
      _id,
      designId: row.designId,
      publicId: row.publicId,
      userId,
      guestId: null,
      role: row.role,
      displayName,
    });
  } catch (err) {
    if (!isDuplicateKey(err)) throw err;
  }
}
