import { Schema, model, type InferSchemaType } from 'mongoose';

/**
 * An invite link of a design. Only the SHA-256 of its token is stored (as `_id`), so a
 * database dump opens no design; the token itself is shown once, when the link is made.
 */
const inviteSchema = new Schema(
  {
    /** hex SHA-256 of the token; also the link's id in lists and for revoking. */
    _id: { type: String, required: true },
    designId: { type: String, required: true },
    role: { type: String, enum: ['editor', 'viewer'], required: true },
    createdBy: { type: String, required: true },
    expiresAt: { type: Date, required: true },
    revokedAt: { type: Date, default: null },
  },
  { timestamps: { createdAt: true, updatedAt: false }, versionKey: false },
);
inviteSchema.index({ designId: 1, createdAt: -1 });

export type InviteDoc = InferSchemaType<typeof inviteSchema> & { _id: string; createdAt: Date };
export const InviteModel = model('Invite', inviteSchema);
