import { Schema, model, type InferSchemaType } from 'mongoose';

/**
 * One anonymous configurator event for the merchandisers' insights: which option a repair took
 * out. No user, no session, no design: only the catalog, the option and the time. One insert
 * per event (inserts are atomic on FerretDB; counters would lose concurrent increments).
 */
const insightEventSchema = new Schema(
  {
    catalogId: { type: String, required: true },
    kind: { type: String, enum: ['repair_remove'], required: true },
    optionId: { type: String, required: true },
    at: { type: Date, default: () => new Date() },
  },
  { versionKey: false },
);
insightEventSchema.index({ catalogId: 1, kind: 1, at: -1 });

export type InsightEventDoc = InferSchemaType<typeof insightEventSchema>;
export const InsightEventModel = model('InsightEvent', insightEventSchema);
