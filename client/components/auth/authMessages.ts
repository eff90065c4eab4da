import type { LocationQueryValue } from 'vue-router';
import { ApiError } from '@client/api';

/** The i18n key for a failed sign-in or sign-up, by the answer's status (codes are generic). */
export function authErrorKey(e: unknown, action: 'signIn' | 'signUp'): string {
  if (!(e instanceof ApiError)) return 'auth.errors.unknown';
  if (e.status === 429) return 'auth.errors.tooMany';
  if (e.code === 'network_error') return 'auth.errors.network';
  if (action === 'signIn' && e.status === 401) return 'auth.errors.wrongCredentials';
  if (action === 'signIn' && e.status === 403) return 'auth.errors.suspended';
  if (action === 'signUp' && e.status === 409) return 'auth.errors.emailTaken';
  if (e.status === 400) return 'auth.errors.invalid';
  return 'auth.errors.unknown';
}

/**
 * Where to go after signing in: only a path of this site (`/designs`), never `//evil.example`
 * or `https://…` (an open redirect would help phishing).
 */
export function safeRedirect(
  value: LocationQueryValue | LocationQueryValue[] | undefined,
  fallback = '/designs',
): string {
  return typeof value === 'string' && /^\/(?![/\\])/.test(value) ? value : fallback;
}
