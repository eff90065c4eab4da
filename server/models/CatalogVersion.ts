import { Schema, model } from 'mongoose';
import type { Catalog } from '@shared/catalog/types';

/** One published, immutable version of a catalog. */
const catalogVersionSchema = new Schema(
  {
    _id: { type: String, required: true }, // `${catalogId}@${version}`
    catalogId: { type: String, required: true },
    version: { type: Number, required: true },
    /** The whole catalog document as checked against the meta-schema. */
    body: { type: Schema.Types.Mixed, required: true },
    publishedAt: { type: Date, default: () => new Date() },
    /** The merchandiser's user id (null for seeded versions). */
    publishedBy: { type: String, default: null },
    /** Why this version was published, as the merchandiser wrote it. */
    note: { type: String, default: '' },
  },
  { versionKey: false, minimize: false },
);
catalogVersionSchema.index({ catalogId: 1, version: -1 }, { unique: true });

export interface CatalogVersionDoc {
  _id: string;
  catalogId: string;
  version: number;
  body: Catalog;
  publishedAt: Date;
  publishedBy?: string | null;
  note?: string;
}
export const CatalogVersionModel = model('CatalogVersion', catalogVersionSchema);
