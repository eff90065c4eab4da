import { Schema, model, type InferSchemaType } from 'mongoose';

/**
 * A moderator's claim on a queued design (`_id` = the design's id), kept out of the design
 * document so claiming never races a decision for the same document. Only a signal.
 */
const claimSchema = new Schema(
  {
    _id: { type: String, required: true },
    by: { type: String, required: true },
    byName: { type: String, required: true },
    at: { type: Date, required: true },
  },
  { versionKey: false },
);

export type ClaimDoc = InferSchemaType<typeof claimSchema> & { _id: string };
export const ClaimModel = model('Claim', claimSchema);
