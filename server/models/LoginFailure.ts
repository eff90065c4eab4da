import { Schema, model, type Types } from 'mongoose';

/**
 * One failed sign-in for an email address, known or not (so a lock never tells whether an
 * account exists). `key` is a SHA-256 of the normalised email: no addresses of strangers kept.
 * One document per failure, never a counter: FerretDB loses concurrent `$inc`s, and inserts
 * from any number of app processes all count.
 */
const loginFailureSchema = new Schema(
  {
    key: { type: String, required: true },
    at: { type: Date, required: true },
  },
  { versionKey: false },
);
loginFailureSchema.index({ key: 1, at: -1 });

export interface LoginFailureDoc {
  _id: Types.ObjectId;
  key: string;
  at: Date;
}
export const LoginFailureModel = model('LoginFailure', loginFailureSchema);
