import type { Role } from '@shared/auth';
import type { Actor } from './actor';

/** Roles are explicit: an admin holds the moderator or merchandiser power only when granted it. */
export const hasRole = (a: Actor, role: Role) => !!a.userId && a.roles.includes(role);
export const canManageUsers = (a: Actor) => hasRole(a, 'admin');
/** Nobody removes their own admin role: an admin can never lock the last admin out by mistake. */
export const canSetRoles = (a: Actor, targetId: string, roles: readonly Role[]) =>
  canManageUsers(a) && (a.userId !== targetId || roles.includes('admin'));
/** Moderators decide on designs, never on their own. */
export const canDecideDesign = (a: Actor, d: { ownerUserId?: string | null }) =>
  hasRole(a, 'moderator') && d.ownerUserId !== a.userId;
