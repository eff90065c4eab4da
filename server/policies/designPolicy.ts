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

export const actorOf = (req: Request): Actor => ({ guestId: req.session?.guestId, userId: req.session?.userId });

export const isOwner = (a: Actor, d: Owned) =>
  (!!a.userId && d.ownerUserId === a.userId) || (!!a.guestId && !d.ownerUserId && d.ownerGuestId === a.guestId);
/** Public means visible: not hidden by reports or by the owner's suspension. */
export const canReadDesign = (a: Actor, d: Owned) =>
  isOwner(a, d) || (d.status === 'public' && !d.hidden && !d.ownerSuspended);
export const canEditDesign = (a: Actor, d: Owned) => isOwner(a, d);
/**
 * Moving a design to the newest catalog version: whoever may edit it (owner; the co-design
 * feature widens canEditDesign to editors, and this follows).
 */
export const canUpgradeDesign = (a: Actor, d: Owned) => canEditDesign(a, d);
