import type { Locale } from '@shared/catalog/types';
import type { Person } from '@shared/codesign/protocol';
import { DesignModel, type DesignDoc } from '@server/models/Design';
import { UserModel, type UserDoc } from '@server/models/User';
import type { Actor } from '@server/policies/designPolicy';
import { loadMembership, roleOf } from './access';
import { guestTag, memberName, personId } from './members';

const GUEST: Record<Locale, string> = { de: 'Gast', en: 'Guest' };

/**
 * Who may join a design's live channel, with the identity the room stamps on their edits:
 * the owner and members only (a public design's readers use the page, not the channel).
 */
export async function authorise(
  designId: string,
  actor: Actor,
  locale: Locale,
): Promise<'unauthorized' | 'forbidden' | { person: Person }> {
  let user: UserDoc | null = null;
  if (actor.userId) {
    user = await UserModel.findById(actor.userId).lean<UserDoc | null>();
    if (!user || user.suspendedAt) return 'unauthorized';
  } else if (!actor.guestId) return 'unauthorized';
  const who: Actor = user ? { userId: actor.userId, roles: actor.roles } : { guestId: actor.guestId, roles: [] };
  const doc = await DesignModel.findById(designId).lean<DesignDoc | null>();
  if (!doc) return 'forbidden';
  const member = await loadMembership(designId, who);
  const role = roleOf(who, doc, member);
  if (!role) return 'forbidden';
  const name = member ? memberName(member, locale) : (user?.displayName ?? GUEST[locale]);
  const nameless = member ? !member.displayName : !user?.displayName;
  const tag = nameless ? { guestTag: member ? guestTag(member) : '' } : {};
  return { person: { id: personId(role === 'owner' ? null : member), name, role, ...tag } };
}
