import { Schema, model } from 'mongoose';

/**
 * What is out of stock in a catalog right now, across all its published versions (ingredients
 * run out daily; a version is never rewritten for it). One document per catalog, `_id` is the
 * catalog id, written only through conditionalWrite (a permit per revision).
 */
const catalogStockSchema = new Schema(
  {
    _id: { type: String, required: true },
    revision: { type: Number, required: true, default: 0 },
    /** Option ids out of stock now, whatever the version says. */
    outOfStock: { type: [String], default: [] },
    /** Option ids back in stock now, though the version published them as out of stock. */
    inStock: { type: [String], default: [] },
    changedBy: { type: String, default: null },
    changedAt: { type: Date, default: () => new Date() },
  },
  { versionKey: false, minimize: false },
);

export interface CatalogStockDoc {
  _id: string;
  revision: number;
  outOfStock: string[];
  inStock: string[];
  changedBy?: string | null;
  changedAt?: Date;
}
export const CatalogStockModel = model('CatalogStock', catalogStockSchema);
