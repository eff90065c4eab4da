import type { Collaborator, DesignRole } from '@shared/codesign/protocol';
import type { Locale } from '@shared/catalog/types';
import { notFound } from '@server/errors';
import { MembershipModel, type MembershipDoc } from '@server/models/Membership';
import { UserModel, type UserDoc } from '@server/models/User';
import type { DesignDoc } from '@server/models/Design';
import type { Actor } from '@server/policies/designPolicy';
import { memberKey } from './access';

const GUEST: Record<Locale, string> = { de: 'Gast', en: 'Guest' };
const OWNER_ID = 'owner';

/** A member's name as others see it: their account's, else "Gast" with a short tag. */
export const memberName = (m: Pick<MembershipDoc, 'displayName' | 'publicId'>, locale: Locale) =>
  m.displayName ?? `${GUEST[locale]} ${guestTag(m)}`;

/** The short tag that tells nameless guests apart. */
export const guestTag = (m: Pick<MembershipDoc, 'publicId'>) => m.publicId.slice(0, 4);

/** The id a person has in a room and in the collaborators list (the owner is `owner`). */
export const personId = (m: Pick<MembershipDoc, 'publicId'> | null) => (m ? m.publicId : OWNER_ID);

/** Owner first, then the members in the order they joined; `online`: in the live room now. */
export async function listCollaborators(
  doc: DesignDoc,
  actor: Actor,
  online: ReadonlySet<string>,
  locale: Locale,
): Promise<Collaborator[]> {
  const members = await MembershipModel.find({ designId: doc._id })
    .sort({ createdAt: 1 })
    .limit(200)
    .lean<MembershipDoc[]>();
  const owner = doc.ownerUserId ? await UserModel.findById(doc.ownerUserId).lean<UserDoc | null>() : null;
  const me = memberKey(actor);
  const ownerEntry: Collaborator = {
    id: OWNER_ID,
    displayName: owner?.displayName ?? GUEST[locale],
    role: 'owner',
    online: online.has(OWNER_ID),
    you:
      (!!actor.userId && actor.userId === doc.ownerUserId) ||
      (!doc.ownerUserId && !!actor.guestId && actor.guestId === doc.ownerGuestId),
  };
  return [
    ownerEntry,
    ...members.map((m) => ({
      id: m.publicId,
      displayName: memberName(m, locale),
      role: m.role as DesignRole,
      online: online.has(m.publicId),
      you: m._id.endsWith(`:${me}`),
    })),
  ];
}

/** The membership with this public id, or 404. */
export async function findMember(designId: string, publicId: string): Promise<MembershipDoc> {
  const doc = /^[A-Za-z0-9_-]{16}$/.test(publicId)
    ? await MembershipModel.findOne({ designId, publicId }).lean<MembershipDoc | null>()
    : null;
  if (!doc) throw notFound('Collaborator');
  return doc;
}

export async function removeMember(m: MembershipDoc): Promise<void> {
  await MembershipModel.deleteOne({ _id: m._id });
}
