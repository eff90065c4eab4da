import { defineStore } from 'pinia';
import { computed, ref, shallowRef } from 'vue';
import type { LoginBody, RegisterBody, Role, SessionUser } from '@shared/auth';
import { ApiError } from '@client/api';
import { authApi } from '@client/api/auth';
import { useDesignsStore } from './useDesignsStore';

/** Who is signed in in this browser; the server's session cookie is the truth, this mirrors it. */
export const useSessionStore = defineStore('session', () => {
  const user = shallowRef<SessionUser | null>(null);
  const loaded = ref(false);
  const signedIn = computed(() => user.value !== null);
  let loading: Promise<void> | null = null;

  const hasRole = (role: Role) => !!user.value?.roles.includes(role);

  /** Asks the server once who is signed in (a 401 simply means a guest). */
  function load(): Promise<void> {
    loading ??= authApi
      .me()
      .then((u) => {
        user.value = u;
      })
      .catch((e: unknown) => {
        if (!(e instanceof ApiError) || e.status !== 401) console.warn('Could not load the session:', e);
        user.value = null;
      })
      .finally(() => {
        loaded.value = true;
      });
    return loading;
  }

  /** The design list belongs to the previous session: load it again next time it is shown. */
  function forgetDesigns(): void {
    useDesignsStore().$patch({ items: [], loaded: false });
  }

  function become(u: SessionUser | null): void {
    user.value = u;
    loaded.value = true;
    loading = Promise.resolve();
    forgetDesigns();
  }

  async function signIn(body: LoginBody): Promise<void> {
    become(await authApi.login(body));
  }

  async function signUp(body: RegisterBody): Promise<void> {
    become(await authApi.register(body));
  }

  async function signOut(): Promise<void> {
    await authApi.logout();
    become(null);
  }

  return { user, loaded, signedIn, hasRole, load, signIn, signUp, signOut };
});
