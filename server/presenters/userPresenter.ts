import type { AdminUser, Role, SessionUser } from '@shared/auth';
import type { UserDoc } from '@server/models/User';

type UserFields = Pick<UserDoc, '_id' | 'email' | 'displayName' | 'roles'>;

/** The signed-in user as GET /api/auth/me shows it; field by field, so no hash ever slips out. */
export function presentSessionUser(u: UserFields): SessionUser {
  return { id: u._id, email: u.email, displayName: u.displayName, roles: [...u.roles] as Role[] };
}

/** A user as the admin's user list shows it. */
export function presentAdminUser(u: UserFields & Pick<UserDoc, 'suspendedAt' | 'createdAt'>): AdminUser {
  return { ...presentSessionUser(u), suspended: !!u.suspendedAt, createdAt: u.createdAt.toISOString() };
}
