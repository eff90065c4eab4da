import { Schema, model, type InferSchemaType, type Types } from 'mongoose';

const findingSchema = new Schema(
  { path: String, start: Number, end: Number, category: String, severity: String, term: String },
  { _id: false },
);

/**
 * A signed-in user's review of a public design. The unique index (designId, userId) is what
 * guarantees one review per user: a second insert fails with a duplicate key (409), even when
 * both requests race. The design's `ratingAverage` / `reviewCount` are a recount of these.
 */
const reviewSchema = new Schema(
  {
    designId: { type: String, required: true },
    userId: { type: String, required: true },
    rating: { type: Number, required: true },
    text: { type: String, default: '' },
    /** The filter's review-level findings on the text: kept for moderators, the review is shown. */
    findings: { type: [findingSchema], default: [] },
    /** Set when a moderator looked at its findings or reports and kept it: it leaves the review queue. */
    checkedAt: { type: Date, default: null },
  },
  { timestamps: { createdAt: true, updatedAt: false }, versionKey: false },
);
reviewSchema.index({ designId: 1, userId: 1 }, { unique: true });
reviewSchema.index({ designId: 1, createdAt: -1, _id: -1 });

export type ReviewDoc = InferSchemaType<typeof reviewSchema> & { _id: Types.ObjectId; createdAt: Date };
export const ReviewModel = model('Review', reviewSchema);
