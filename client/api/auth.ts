import type { AdminUser, LoginBody, RegisterBody, Role, SessionUser } from '@shared/auth';
import { request } from './request';

const enc = encodeURIComponent;

/** Accounts and the admin's user management, one function per route. */
export const authApi = {
  /** The signed-in user; rejects with a 401 ApiError when nobody is signed in. */
  me: (signal?: AbortSignal) => request<SessionUser>('GET', '/auth/me', undefined, signal),
  register: (body: RegisterBody) => request<SessionUser>('POST', '/auth/register', body),
  login: (body: LoginBody) => request<SessionUser>('POST', '/auth/login', body),
  logout: () => request<void>('POST', '/auth/logout'),
  /** Users whose email starts with `email` (admins only). */
  searchUsers: (email: string, signal?: AbortSignal) =>
    request<AdminUser[]>('GET', `/admin/users?email=${enc(email)}`, undefined, signal),
  setRoles: (id: string, roles: Role[]) => request<AdminUser>('PATCH', `/admin/users/${enc(id)}`, { roles }),
};
