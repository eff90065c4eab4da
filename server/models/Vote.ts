import { Schema, model, type InferSchemaType, type Types } from 'mongoose';

/**
 * A signed-in user's vote for a public design. The unique index (designId, userId) is what
 * guarantees one vote per user: a second insert fails with a duplicate key, even when both
 * requests race. The design's `votes` field is a recount of these documents.
 */
const voteSchema = new Schema(
  {
    designId: { type: String, required: true },
    userId: { type: String, required: true },
  },
  { timestamps: { createdAt: true, updatedAt: false }, versionKey: false },
);
voteSchema.index({ designId: 1, userId: 1 }, { unique: true });
voteSchema.index({ userId: 1, designId: 1 });

export type VoteDoc = InferSchemaType<typeof voteSchema> & { _id: Types.ObjectId; createdAt: Date };
export const VoteModel = model('Vote', voteSchema);
