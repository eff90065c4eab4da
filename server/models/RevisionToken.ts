import { Schema, model } from 'mongoose';

/**
 * A one-shot write permit: `_id` is `<designId>:<revision>`. Inserting it is the only atomic
 * compare-and-set FerretDB 1.x offers (see server/designs/writeDesign.ts), so exactly one
 * writer per design revision gets it. `at` lets a permit left by a crashed writer be cleared.
 */
const revisionTokenSchema = new Schema(
  {
    _id: { type: String, required: true },
    at: { type: Date, required: true },
    /** A live room's write: the design's state after this revision (server/designs/liveLog.ts). */
    live: { type: Schema.Types.Mixed, default: undefined },
  },
  { versionKey: false, minimize: false },
);

export const RevisionTokenModel = model('RevisionToken', revisionTokenSchema);
