import { Schema, model, type InferSchemaType, type Types } from 'mongoose';

/**
 * One moderation decision (who, what, when, why), its own document, written right after the
 * design's conditional update succeeded. The ObjectId `_id` orders entries by time and is the
 * audit page's cursor. Names are copied in, so the log reads without joins (FerretDB has no $lookup).
 */
const auditEntrySchema = new Schema(
  {
    at: { type: Date, required: true },
    actorId: { type: String, required: true },
    actorName: { type: String, required: true },
    action: { type: String, required: true },
    designId: { type: String, default: null },
    userId: { type: String, default: null },
    from: { type: String, default: null },
    to: { type: String, default: null },
    reason: { type: String, default: null },
    reasonCode: { type: String, default: null },
  },
  { versionKey: false },
);

export type AuditEntryDoc = InferSchemaType<typeof auditEntrySchema> & { _id: Types.ObjectId };
export const AuditEntryModel = model('AuditEntry', auditEntrySchema);
