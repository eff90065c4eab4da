import { isPubliclyVisible } from '@server/moderation/stateMachine';
import type { Actor } from './actor';

export type { Actor } from './actor';

/** What the design policies read of a design: plain fields, no model. */
export interface Owned {
  ownerGuestId?: string | null;
  ownerUserId?: string | null;
  status: string;
  hidden?: boolean | null;
  ownerSuspended?: boolean | null;
}

export const isOwner = (a: Actor, d: Owned) =>
  (!!a.userId && d.ownerUserId === a.userId) || (!!a.guestId && !d.ownerUserId && d.ownerGuestId === a.guestId);
/** A membership of a shared design (server/models/Membership.ts), as the policies read it. */
export interface Member {
  role: 'editor' | 'viewer' | string;
  userId?: string | null;
  guestId?: string | null;
}

export const canReadDesign = (a: Actor, d: Owned, m?: Member | null) => isOwner(a, d) || !!m || isPubliclyVisible(d);
/** The owner and editors change a design; viewers never write. */
export const canEditDesign = (a: Actor, d: Owned, m?: Member | null) => isOwner(a, d) || m?.role === 'editor';
/** Only the owner makes and revokes invite links (and submits and deletes). */
export const canShareDesign = (a: Actor, d: Owned) => isOwner(a, d);
export const canSeeMembers = (a: Actor, d: Owned, m?: Member | null) => isOwner(a, d) || !!m;
/** The owner removes anyone; a member removes only themselves (leaves). */
export const canRemoveMember = (a: Actor, d: Owned, target: Member) =>
  isOwner(a, d) ||
  (!!a.userId && target.userId === a.userId) ||
  (!a.userId && !!a.guestId && target.guestId === a.guestId);
/** Submitting and appealing need an account (one that can be suspended), and the design must be theirs. */
export const canSubmitDesign = (a: Actor, d: Owned) => !!a.userId && d.ownerUserId === a.userId;
/** Votes and reviews: anyone signed in, on a public design that is not their own. */
export const canRateDesign = (a: Actor, d: Owned) => !!a.userId && isPubliclyVisible(d) && d.ownerUserId !== a.userId;
/**
 * Moving a design to the newest catalog version: whoever may edit it (owner; the co-design
 * feature widens canEditDesign to editors, and this follows).
 */
export const canUpgradeDesign = (a: Actor, d: Owned) => canEditDesign(a, d);
