import { Schema, model, type InferSchemaType } from 'mongoose';
import { randomBytes } from 'node:crypto';

/** Unguessable public id: 96 random bits, URL-safe. */
export const newDesignId = () => randomBytes(12).toString('base64url');

const selectionSchema = new Schema({ optionId: { type: String, required: true }, quantity: { type: Number, required: true } }, { _id: false });

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
    status: { type: String, enum: ['private', 'pending', 'public', 'rejected', 'taken_down'], default: 'private' },
    /** A guest session's id until the guest signs in, then the user's id. */
    ownerGuestId: { type: String, default: null },
    ownerUserId: { type: String, default: null },
    /** Bumped by every change; updates carry the expected value in their filter. */
    revision: { type: Number, default: 0 },
  },
  { timestamps: true, versionKey: false, minimize: false },
);
designSchema.index({ ownerGuestId: 1, createdAt: -1 });
designSchema.index({ ownerUserId: 1, createdAt: -1 });

export type DesignDoc = InferSchemaType<typeof designSchema> & { _id: string; createdAt: Date; updatedAt: Date };
export const DesignModel = model('Design', designSchema);
