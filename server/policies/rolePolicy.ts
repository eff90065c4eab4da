import type { Role, SessionUser } from '@shared/auth';

type Who = Pick<SessionUser, 'id' | 'roles'> | undefined;

/** Roles are explicit: an admin holds the moderator or merchandiser power only when granted it. */
export const hasRole = (u: Who, role: Role) => !!u && u.roles.includes(role);
export const canManageUsers = (u: Who) => hasRole(u, 'admin');
/** Nobody removes their own admin role: an admin can never lock the last admin out by mistake. */
export const canSetRoles = (u: Who, targetId: string, roles: readonly Role[]) =>
  canManageUsers(u) && (u!.id !== targetId || roles.includes('admin'));
/** Moderators decide on designs, never on their own. */
export const canDecideDesign = (u: Who, d: { ownerUserId?: string | null }) =>
  hasRole(u, 'moderator') && d.ownerUserId !== u!.id;
