import { defineStore } from 'pinia';
import { computed, ref, shallowRef } from 'vue';
import type { Catalog, DesignDraft } from '@shared/catalog/types';
import type { Design, Violation } from '@shared/api';
import type { RepairChange } from '@shared/rules';
import { applyOperation, type DesignOp } from '@shared/codesign/operations';
import { api, ApiError } from '@client/api';
import { toApiError } from '@client/api/ApiError';
import { createDesignSession } from '@client/composables/useDesignSession';
import { useCatalogStore } from './useCatalogStore';

export type { RepairChange };

type LoadState = 'idle' | 'loading' | 'ready' | 'error';

/**
 * The configurator's design: loading and saving. The draft is replaced, never mutated; its
 * derivations and edits are a design session (client/composables/useDesignSession.ts),
 * spread into the store so `store.guidance`, `store.increment(id)` … read as before.
 */
export const useConfiguratorStore = defineStore('configurator', () => {
  const catalog = shallowRef<Catalog | null>(null);
  const latestVersion = ref<number | null>(null);
  const draft = shallowRef<DesignDraft>({ catalogId: '', selections: [] });
  const design = shallowRef<Design | null>(null);
  const state = ref<LoadState>('idle');
  const loadError = shallowRef<ApiError | null>(null);
  const saving = ref(false);
  const saveError = shallowRef<ApiError | null>(null);
  const serverErrors = shallowRef<Violation[]>([]);
  const savedSnapshot = ref('');

  const editable = computed(() => design.value?.editable ?? true);
  // Every edit is one operation; the session applies it to the draft and clears old save errors.
  const session = createDesignSession(catalog, draft, {
    editable,
    apply(op: DesignOp) {
      if (catalog.value) edit(applyOperation(catalog.value, draft.value, op));
    },
  });
  const dirty = computed(() => snapshot(draft.value) !== savedSnapshot.value);
  const canSave = computed(
    () => state.value === 'ready' && session.valid.value && !saving.value && (dirty.value || !design.value),
  );

  function snapshot(d: DesignDraft): string {
    return JSON.stringify([d.name ?? '', d.selections, d.texts ?? {}, d.diets ?? []]);
  }

  function edit(next: DesignDraft): void {
    draft.value = next;
    serverErrors.value = [];
    saveError.value = null;
  }

  function begin(): void {
    state.value = 'loading';
    loadError.value = null;
    design.value = null;
    session.dismissRepair();
    serverErrors.value = [];
    saveError.value = null;
  }

  /** A shared design's live state (stored by its room, so nothing is left to save). */
  function adoptLive(next: DesignDraft): void {
    draft.value = next;
    savedSnapshot.value = snapshot(next);
  }

  /** A new design on the newest catalog version, optionally prefilled (a pasted link). */
  async function startNew(catalogId: string, preset: Partial<DesignDraft> = {}): Promise<void> {
    begin();
    try {
      const cat = await useCatalogStore().fetchLatest(catalogId);
      catalog.value = cat;
      latestVersion.value = cat.version;
      draft.value = {
        selections: [],
        texts: {},
        diets: [],
        name: '',
        ...preset,
        catalogId,
        catalogVersion: cat.version,
      };
      savedSnapshot.value = snapshot({ catalogId, selections: [] });
      state.value = 'ready';
    } catch (e) {
      fail(e);
    }
  }

  /** A saved design on the catalog version it is pinned to. */
  async function openDesign(designId: string): Promise<void> {
    if (design.value?.id === designId && state.value === 'ready') return;
    begin();
    try {
      const saved = await api.getDesign(designId);
      const catalogs = useCatalogStore();
      const [cat, latest] = await Promise.all([
        catalogs.fetchVersion(saved.catalogId, saved.catalogVersion),
        catalogs.fetchLatest(saved.catalogId).catch(() => null),
      ]);
      catalog.value = cat;
      latestVersion.value = latest?.version ?? cat.version;
      adopt(saved);
      state.value = 'ready';
    } catch (e) {
      fail(e);
    }
  }

  function fail(e: unknown): void {
    loadError.value = toApiError(e);
    state.value = 'error';
  }

  function adopt(saved: Design): void {
    design.value = saved;
    draft.value = {
      catalogId: saved.catalogId,
      catalogVersion: saved.catalogVersion,
      name: saved.name,
      selections: saved.selections,
      texts: saved.texts,
      diets: saved.diets,
    };
    savedSnapshot.value = snapshot(draft.value);
  }

  /** Creates (POST) or updates (PATCH) the design; resolves to it, or null on failure. */
  async function save(): Promise<Design | null> {
    if (!canSave.value) return null;
    saving.value = true;
    saveError.value = null;
    serverErrors.value = [];
    const d = draft.value;
    const name = d.name?.trim() || session.defaultName();
    try {
      const saved =
        design.value && editable.value
          ? await api.updateDesign(
              design.value.id,
              { name, selections: d.selections, texts: d.texts ?? {}, diets: d.diets ?? [] },
              design.value.revision,
            )
          : await api.createDesign({ ...d, name });
      adopt(saved);
      session.dismissRepair();
      return saved;
    } catch (e) {
      const error = toApiError(e);
      saveError.value = error;
      serverErrors.value = error.errors;
      return null;
    } finally {
      saving.value = false;
    }
  }

  return {
    ...session,
    latestVersion,
    design,
    state,
    loadError,
    saving,
    saveError,
    serverErrors,
    dirty,
    canSave,
    startNew,
    openDesign,
    adoptLive,
    save,
  };
});
