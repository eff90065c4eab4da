import { Schema, model } from 'mongoose';

/**
 * A deleted design's tombstone: every process's in-memory design index (server/designs/
 * designIndex.ts) forgets the design when it reads this, as it reads changed designs by their
 * `updatedAt`. Tombstones older than the index's full rebuild are no longer needed.
 */
const deletedDesignSchema = new Schema(
  { _id: { type: String, required: true }, at: { type: Date, required: true } },
  { versionKey: false },
);
deletedDesignSchema.index({ at: 1 });

export const DeletedDesignModel = model('DeletedDesign', deletedDesignSchema);
