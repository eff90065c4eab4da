import { randomBytes } from 'node:crypto';

/** Our public ids (designs, users): 96 random bits as 16 URL-safe characters, unguessable. */
export const PUBLIC_ID = /^[A-Za-z0-9_-]{16}$/;
export const newPublicId = () => randomBytes(12).toString('base64url');
