import { Schema, model, type InferSchemaType } from 'mongoose';

/**
 * Someone an invite let into a design. The `_id` is `<designId>:<member key>` (`u:<userId>` or
 * `g:<guestId>`), so accepting is a unique-key insert: two accepts at once make one row, and
 * no membership is ever changed by an update that could race (FerretDB, DATABASE.md).
 * Removing a member deletes the row.
 */
const membershipSchema = new Schema(
  {
    _id: { type: String, required: true },
    designId: { type: String, required: true },
    /** What others see instead of the member key (a guest id is a secret of its session). */
    publicId: { type: String, required: true },
    userId: { type: String, default: null },
    guestId: { type: String, default: null },
    role: { type: String, enum: ['editor', 'viewer'], required: true },
    displayName: { type: String, default: null },
  },
  { timestamps: { createdAt: true, updatedAt: false }, versionKey: false },
);
membershipSchema.index({ designId: 1, createdAt: 1 });

export type MembershipDoc = InferSchemaType<typeof membershipSchema> & { _id: string; createdAt: Date };
export const MembershipModel = model('Membership', membershipSchema);
