import { DESIGN_STATUSES } from '@shared/api';
import { newPublicId } from './ids';
import { Schema, model, type InferSchemaType } from 'mongoose';

/** Unguessable public id: 96 random bits, URL-safe. */
export const newDesignId = newPublicId;

const selectionSchema = new Schema(
  { optionId: { type: String, required: true }, quantity: { type: Number, required: true } },
  { _id: false },
);

const totalsSchema = new Schema(
  {
    priceCents: Number,
    weightGrams: Number,
    nutritionPer100g: { type: Schema.Types.Mixed, default: null },
    allergens: [String],
    commonTags: [String],
    units: Number,
  },
  { _id: false },
);

// Moderation state (server/moderation changes it, one conditional update per transition).
const findingSchema = new Schema(
  { path: String, start: Number, end: Number, category: String, severity: String, term: String },
  { _id: false },
);
const historySchema = new Schema(
  {
    action: String,
    from: String,
    to: String,
    at: Date,
    by: { type: String, default: null },
    byName: String,
    reason: String,
    reasonCode: String,
  },
  { _id: false },
);
const rejectionSchema = new Schema(
  { reason: String, reasonCode: String, by: String, byName: String, at: Date },
  { _id: false },
);
const appealSchema = new Schema({ message: String, at: Date }, { _id: false });

const designSchema = new Schema(
  {
    _id: { type: String, default: newDesignId },
    catalogId: { type: String, required: true },
    catalogVersion: { type: Number, required: true },
    name: { type: String, default: '' },
    selections: { type: [selectionSchema], default: [] },
    /** Text field id → text; stored as an object (keys are checked ids, never `$` or `.`). */
    texts: { type: Schema.Types.Mixed, default: {} },
    diets: { type: [String], default: [] },
    totals: { type: totalsSchema, required: true },
    status: { type: String, enum: DESIGN_STATUSES, default: 'private' },
    /** A guest session's id until the guest signs in, then the user's id. */
    ownerGuestId: { type: String, default: null },
    ownerUserId: { type: String, default: null },
    /** Bumped by every change; updates carry the expected value in their filter. */
    revision: { type: Number, default: 0 },
    /** The filter's review-level findings on the texts, refreshed on every save and submission. */
    findings: { type: [findingSchema], default: [] },
    /** Set while the design waits in the moderation queue (submitted, appealed or reported; claims and reports live in their own collections). */
    queuedAt: { type: Date, default: null },
    /** 1 = strong findings or many reports: first in the queue. */
    priority: { type: Number, default: 0 },
    rejection: { type: rejectionSchema, default: null },
    appeal: { type: appealSchema, default: null },
    appealUsed: { type: Boolean, default: false },
    appealPending: { type: Boolean, default: false },
    /** Hidden from the public by reports until a moderator decides. */
    hidden: { type: Boolean, default: false },
    /** The owner is suspended: their public designs are hidden. */
    ownerSuspended: { type: Boolean, default: false },
    /** Every workflow step, pushed in the same update as the step itself (kept to the last 100). */
    history: { type: [historySchema], default: [] },
    /** When a moderator approved it (set in the approve update); the gallery's "new" order. */
    publishedAt: { type: Date, default: null },
    /** Recount of its Vote documents (never incremented: see server/gallery/votes.ts); "top" order. */
    votes: { type: Number, default: 0 },
    /** The public design this one was remixed from (server/gallery/remix.ts), else null. */
    remixOf: { type: String, default: null },
    /** Recount of the designs with `remixOf` = this one (never incremented). */
    remixCount: { type: Number, default: 0 },
    /** Recount of its Review documents (server/gallery/reviews.ts): mean rating, null without reviews. */
    ratingAverage: { type: Number, default: null },
    reviewCount: { type: Number, default: 0 },
    /** Co-design: the last mutation id per (person, client) the stored state includes (server/codesign). */
    liveMutations: { type: [new Schema({ k: String, m: Number }, { _id: false })], default: [] },
    /** A live room was opened for it: entries of its live log may follow its revision (server/designs/liveLog.ts). */
    liveLog: { type: Boolean, default: false },
  },
  { timestamps: true, versionKey: false, minimize: false },
);
designSchema.index({ ownerGuestId: 1, createdAt: -1 });
designSchema.index({ ownerUserId: 1, createdAt: -1 });
designSchema.index({ priority: -1, queuedAt: 1 });
designSchema.index({ status: 1, publishedAt: -1, _id: -1 });
designSchema.index({ status: 1, votes: -1, publishedAt: -1, _id: -1 });
designSchema.index({ remixOf: 1 });

export type DesignDoc = InferSchemaType<typeof designSchema> & { _id: string; createdAt: Date; updatedAt: Date };
/**
 * How many writes to designs this process has made: the in-memory design index
 * (server/designs/designIndex.ts) refreshes before an answer that must include them.
 */
export const designWrites = { count: 0 };
const counted = () => void designWrites.count++;
designSchema.post('save', counted);
designSchema.post('insertMany', counted);
designSchema.post('bulkWrite', counted);
designSchema.post(
  [
    'updateOne',
    'updateMany',
    'findOneAndUpdate',
    'replaceOne',
    'findOneAndReplace',
    'deleteOne',
    'deleteMany',
    'findOneAndDelete',
  ],
  counted,
);

export const DesignModel = model('Design', designSchema);
