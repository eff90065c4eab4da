import { Schema, model, type InferSchemaType, type Types } from 'mongoose';

/** A shopper's report on a public design; one per user and design (a unique index keeps it so). */
const reportSchema = new Schema(
  {
    designId: { type: String, required: true },
    userId: { type: String, required: true },
    reason: { type: String, required: true },
    /** Set when a moderator decides on the design (restore or take down). */
    resolvedAt: { type: Date, default: null },
  },
  { timestamps: { createdAt: true, updatedAt: false }, versionKey: false },
);
reportSchema.index({ designId: 1, userId: 1 }, { unique: true });
reportSchema.index({ designId: 1, resolvedAt: 1 });

export type ReportDoc = InferSchemaType<typeof reportSchema> & { _id: Types.ObjectId; createdAt: Date };
export const ReportModel = model('Report', reportSchema);
