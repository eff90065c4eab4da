import { Schema, model } from 'mongoose';

/**
 * One size of an option image, re-encoded as WebP: `_id` is `<content hash>-<width>`, so a
 * read is an `_id` lookup (GridFS reads scan every chunk on FerretDB's SQLite backend) and the
 * same upload twice is the same document. Immutable once written.
 */
const optionImageSchema = new Schema(
  {
    _id: { type: String, required: true },
    contentType: { type: String, required: true },
    width: { type: Number, required: true },
    height: { type: Number, required: true },
    data: { type: Buffer, required: true },
    createdAt: { type: Date, default: () => new Date() },
  },
  { versionKey: false },
);

export interface OptionImageDoc {
  _id: string;
  contentType: string;
  width: number;
  height: number;
  data: Buffer;
}
export const OptionImageModel = model('OptionImage', optionImageSchema);
