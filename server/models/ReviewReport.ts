import { Schema, model, type InferSchemaType, type Types } from 'mongoose';

/** A shopper's report on someone else's review; one per user and review (a unique index keeps it so). */
const reviewReportSchema = new Schema(
  {
    reviewId: { type: String, required: true },
    designId: { type: String, required: true },
    userId: { type: String, required: true },
    reason: { type: String, required: true },
    /** Set when a moderator removed or kept the review. */
    resolvedAt: { type: Date, default: null },
  },
  { timestamps: { createdAt: true, updatedAt: false }, versionKey: false },
);
reviewReportSchema.index({ reviewId: 1, userId: 1 }, { unique: true });
reviewReportSchema.index({ resolvedAt: 1, createdAt: 1 });

export type ReviewReportDoc = InferSchemaType<typeof reviewReportSchema> & { _id: Types.ObjectId; createdAt: Date };
export const ReviewReportModel = model('ReviewReport', reviewReportSchema);
