import { newPublicId } from './ids';
import { Schema, model, type InferSchemaType } from 'mongoose';
import { ROLES } from '@shared/auth';

/** Unguessable user id: 96 random bits, URL-safe (16 characters). */
export const newUserId = newPublicId;

const userSchema = new Schema(
  {
    _id: { type: String, default: newUserId },
    /** As the user typed it (trimmed), for display. */
    email: { type: String, required: true },
    /** Lower-cased copy: FerretDB has no collation, so uniqueness is kept on this field. */
    emailLower: { type: String, required: true },
    /** argon2id PHC string; never leaves the server (presenters copy fields one by one). */
    passwordHash: { type: String, required: true },
    displayName: { type: String, required: true },
    roles: { type: [{ type: String, enum: ROLES }], default: ['shopper'] },
    /** Set by moderation: a suspended user cannot sign in and their sessions stop working. */
    suspendedAt: { type: Date, default: null },
    /** Bumped by every change (server/auth/updateUser.ts): the write permit is per revision. */
    revision: { type: Number, default: 0 },
  },
  { timestamps: true, versionKey: false },
);
userSchema.index({ emailLower: 1 }, { unique: true });

export type UserDoc = InferSchemaType<typeof userSchema> & { _id: string; createdAt: Date; updatedAt: Date };
export const UserModel = model('User', userSchema);

/** MongoDB's duplicate-key error (FerretDB answers the same code). */
