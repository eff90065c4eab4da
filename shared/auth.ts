/**
 * Accounts and roles on the wire, and the limits both sides enforce
 * (the browser for instant feedback, the server's ajv schemas as the authority).
 */

/** Every signed-in user is a shopper; the other roles are granted by an admin. */
export const ROLES = ['shopper', 'merchandiser', 'moderator', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const EMAIL_MAX = 254;
export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 200;
export const DISPLAY_NAME_MAX = 40;

/** GET /api/auth/me, and the answer of register and login. */
export interface SessionUser {
  id: string;
  email: string;
  displayName: string;
  roles: Role[];
}

/** One row of GET /api/admin/users. */
export interface AdminUser extends SessionUser {
  suspended: boolean;
  createdAt: string;
}

export interface RegisterBody {
  email: string;
  password: string;
  displayName: string;
}

export interface LoginBody {
  email: string;
  password: string;
}

export interface RolesBody {
  roles: Role[];
}

/** Lower-cased and trimmed: the form uniqueness and lookups use (the database has no collation). */
export const normalizeEmail = (email: string): string => email.trim().toLowerCase();

/** Why a password is refused, or null; the server checks the same rules. */
export function passwordProblem(password: string, email: string): 'too_short' | 'too_long' | 'is_email' | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN) return 'too_short';
  if (length > PASSWORD_MAX) return 'too_long';
  if (normalizeEmail(password) === normalizeEmail(email)) return 'is_email';
  return null;
}
