import { Schema, model } from 'mongoose';

/**
 * The one work-in-progress draft of a catalog (`_id` = catalog id). `body` is whatever the
 * merchandiser saved: JSON, but not necessarily a valid catalog yet. `generation` is random per
 * draft, so the write permits of a published (deleted) draft never block the next one.
 */
const catalogDraftSchema = new Schema(
  {
    _id: { type: String, required: true },
    body: { type: Schema.Types.Mixed, required: true },
    revision: { type: Number, required: true, default: 1 },
    generation: { type: String, required: true },
    updatedAt: { type: Date, required: true, default: () => new Date() },
    updatedBy: { type: String, default: null },
    /** The last saves (revision, who, when, which paths): what a stale writer is told. */
    changes: { type: [Schema.Types.Mixed], default: [] },
  },
  { versionKey: false, minimize: false },
);

export interface CatalogDraftDoc {
  _id: string;
  body: Record<string, unknown>;
  revision: number;
  generation: string;
  updatedAt: Date;
  updatedBy: string | null;
  changes?: DraftChange[];
}

/** One save of a draft, as remembered for the conflict message. */
export interface DraftChange {
  revision: number;
  by: string | null;
  at: Date;
  paths: string[];
}
export const CatalogDraftModel = model('CatalogDraft', catalogDraftSchema);
