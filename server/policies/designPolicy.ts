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
export const canReadDesign = (a: Actor, d: Owned) => isOwner(a, d) || isPubliclyVisible(d);
export const canEditDesign = (a: Actor, d: Owned) => isOwner(a, d);
/** Submitting and appealing need an account (one that can be suspended), and the design must be theirs. */
export const canSubmitDesign = (a: Actor, d: Owned) => !!a.userId && d.ownerUserId === a.userId;
/** Votes and reviews: anyone signed in, on a public design that is not their own. */
export const canRateDesign = (a: Actor, d: Owned) => !!a.userId && isPubliclyVisible(d) && d.ownerUserId !== a.userId;
