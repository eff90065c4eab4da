import type { Request } from 'express';

/** Who is asking: the session's guest id and, once signed in, the user. */
export interface Actor {
  guestId?: string;
  userId?: string;
}

interface Owned {
  ownerGuestId?: string | null;
  ownerUserId?: string | null;
  status: string;
  hidden?: boolean | null;
  ownerSuspended?: boolean | null;
}

/** A membership of a shared design (server/models/Membership.ts), as the policies read it. */
export interface Member {
  role: 'editor' | 'viewer' | string;
  userId?: string | null;
  guestId?: string | null;
}

export const actorOf = (req: Request): Actor => ({ guestId: req.session?.guestId, userId: req.session?.userId });

export const isOwner = (a: Actor, d: Owned) =>
  (!!a.userId && d.ownerUserId === a.userId) || (!!a.guestId && !d.ownerUserId && d.ownerGuestId === a.guestId);
/** Public means visible: not hidden by reports or by the owner's suspension. */
export const canReadDesign = (a: Actor, d: Owned, m?: Member | null) =>
  isOwner(a, d) || !!m || (d.status === 'public' && !d.hidden && !d.ownerSuspended);
/** The owner and editors change a design; viewers never write. */
export const canEditDesign = (a: Actor, d: Owned, m?: Member | null) => isOwner(a, d) || m?.role === 'editor';
/** Only the owner makes and revokes invite links (and submits and deletes, see above). */
export const canShareDesign = (a: Actor, d: Owned) => isOwner(a, d);
export const canSeeMembers = (a: Actor, d: Owned, m?: Member | null) => isOwner(a, d) || !!m;
/** The owner removes anyone; a member removes only themselves (leaves). */
export const canRemoveMember = (a: Actor, d: Owned, target: Member) =>
  isOwner(a, d) ||
  (!!a.userId && target.userId === a.userId) ||
  (!a.userId && !!a.guestId && target.guestId === a.guestId);
