import { Schema, model } from 'mongoose';

/**
 * Failed sign-ins per email address, known or not (so a lock never tells whether an
 * account exists). `_id` is a SHA-256 of the normalised email: no addresses of strangers kept.
 */
const loginThrottleSchema = new Schema(
  {
    _id: { type: String, required: true },
    failures: { type: Number, default: 0 },
    lastFailureAt: { type: Date, required: true },
  },
  { versionKey: false },
);

export interface LoginThrottleDoc {
  _id: string;
  failures: number;
  lastFailureAt: Date;
}
export const LoginThrottleModel = model('LoginThrottle', loginThrottleSchema);
