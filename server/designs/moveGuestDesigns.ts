import { DesignModel } from '@server/models/Design';
import { setDesignFields } from './writeDesign';

/**
 * At sign-in, the guest's designs become the account's. Each one under its write permit (not
 * one `updateMany`): on FerretDB an unguarded update could overwrite a save of that design
 * running at the same moment in another process. The revision stays, so a tab that keeps
 * editing after sign-in still saves.
 */
export async function moveGuestDesigns(guestId: string, userId: string): Promise<void> {
  const owned = { ownerGuestId: guestId, ownerUserId: null };
  const ids = await DesignModel.find(owned, { _id: 1 }).lean<{ _id: string }[]>();
  for (const { _id } of ids)
    await setDesignFields(_id, async () => ({ ownerUserId: userId, ownerGuestId: null }), owned);
}
