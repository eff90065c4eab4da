import type { DesignRole } from '@shared/codesign/protocol';
import { InviteModel } from '@server/models/Invite';
import { MembershipModel, type MembershipDoc } from '@server/models/Membership';
import type { DesignDoc } from '@server/models/Design';
import { canEditDesign, canReadDesign, isOwner, type Actor } from '@server/policies/designPolicy';

/** A member's key in the membership `_id`: the account once signed in, else the guest session. */
export function memberKey(actor: Actor): string | null {
  if (actor.userId) return `u:${actor.userId}`;
  return actor.guestId ? `g:${actor.guestId}` : null;
}

export const membershipId = (designId: string, key: string) => `${designId}:${key}`;

/** The caller's membership of a design, or null (one `_id` read). */
export async function loadMembership(designId: string, actor: Actor): Promise<MembershipDoc | null> {
  const key = memberKey(actor);
  if (!key) return null;
  return MembershipModel.findById(membershipId(designId, key)).lean<MembershipDoc | null>();
}

/** What the caller may do with a design: owner, editor, viewer, or null (a public reader or nobody). */
export function roleOf(actor: Actor, doc: DesignDoc, member: MembershipDoc | null): DesignRole | null {
  if (isOwner(actor, doc)) return 'owner';
  if (canEditDesign(actor, doc, member)) return 'editor';
  return member && canReadDesign(actor, doc, member) ? 'viewer' : null;
}

/** Whether anyone was ever invited (then it is edited live, without a save button). */
export async function isShared(designId: string): Promise<boolean> {
  const [member, invite] = await Promise.all([MembershipModel.exists({ designId }), InviteModel.exists({ designId })]);
  return !!member || !!invite;
}
