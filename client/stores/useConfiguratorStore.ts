import { defineStore } from 'pinia';
import { computed, ref, shallowRef } from 'vue';
import type { Catalog, DesignDraft, Selection } from '@shared/catalog/types';
import type { Design, GuidanceResponse, Totals, Violation } from '@shared/api';
import { guidance, repair, type RepairChange } from '@shared/rules';
import { computeTotals } from '@shared/totals';
import { api, ApiError } from '@client/api';
import { currentLocale, i18n } from '@client/i18n';
import { toApiError } from '@client/api/ApiError';
import { useCatalogStore } from './useCatalogStore';
import { singleChoiceGroups, stepDown, stepUp, withQuantity } from './draftEdits';

export type { RepairChange };

type LoadState = 'idle' | 'loading' | 'ready' | 'error';

const EMPTY_GUIDANCE: GuidanceResponse = { valid: false, errors: [], missing: [], options: {} };

/**
 * The design being composed. The draft is replaced, never mutated, so the engine reads a
 * plain object and guidance, violations and totals are each computed once per change.
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
  const repairChanges = shallowRef<RepairChange[] | null>(null);
  const savedSnapshot = ref('');

  const quantities = computed(() => new Map(draft.value.selections.map((s) => [s.optionId, s.quantity])));
  const totals = computed<Totals | null>(() => (catalog.value ? computeTotals(catalog.value, draft.value) : null));
  const guidanceResult = computed<GuidanceResponse>(() =>
    catalog.value ? guidance(catalog.value, draft.value, currentLocale()) : EMPTY_GUIDANCE,
  );
  const violations = computed(() => guidanceResult.value.errors);
  const missing = computed(() => guidanceResult.value.missing);
  const valid = computed(() => guidanceResult.value.valid);
  const editable = computed(() => design.value?.editable ?? true);
  const dirty = computed(() => snapshot(draft.value) !== savedSnapshot.value);
  const canSave = computed(
    () => state.value === 'ready' && valid.value && !saving.value && (dirty.value || !design.value),
  );
  /** Groups where picking an option swaps out the one chosen (at most one distinct option). */
  const singleChoice = computed(() => (catalog.value ? singleChoiceGroups(catalog.value) : new Set<string>()));
  /** Guidance as if each single-choice group were empty: tells whether a swap is possible. */
  const swapGuidance = computed(() => {
    const result = new Map<string, GuidanceResponse>();
    const cat = catalog.value;
    if (!cat) return result;
    for (const groupId of singleChoice.value) {
      const selections = draft.value.selections.filter((s) => groupOf(s.optionId) !== groupId);
      if (selections.length === draft.value.selections.length) continue;
      result.set(groupId, guidance(cat, { ...draft.value, selections }, currentLocale()));
    }
    return result;
  });
  const optionIndex = computed(() => new Map((catalog.value?.options ?? []).map((o) => [o.id, o])));

  function groupOf(optionId: string): string | undefined {
    return optionIndex.value.get(optionId)?.groupId;
  }

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
    repairChanges.value = null;
    serverErrors.value = [];
    saveError.value = null;
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

  function setQuantity(optionId: string, quantity: number): void {
    edit({ ...draft.value, selections: withQuantity(draft.value.selections, optionId, quantity) });
  }

  function increment(optionId: string): void {
    const option = optionIndex.value.get(optionId);
    if (option) setQuantity(optionId, stepUp(option, quantities.value.get(optionId) ?? 0));
  }

  function decrement(optionId: string): void {
    const option = optionIndex.value.get(optionId);
    if (option) setQuantity(optionId, stepDown(option, quantities.value.get(optionId) ?? 0));
  }

  /** Picks an option in a single-choice group, replacing the one chosen there. */
  function choose(optionId: string): void {
    const option = optionIndex.value.get(optionId);
    if (!option) return;
    const rest: Selection[] = draft.value.selections.filter((s) => groupOf(s.optionId) !== option.groupId);
    edit({ ...draft.value, selections: withQuantity(rest, optionId, stepUp(option, 0)) });
  }

  function toggleDiet(dietId: string): void {
    const diets = draft.value.diets ?? [];
    const next = diets.includes(dietId) ? diets.filter((d) => d !== dietId) : [...diets, dietId];
    edit({ ...draft.value, diets: next });
  }

  function setText(fieldId: string, value: string): void {
    edit({ ...draft.value, texts: { ...draft.value.texts, [fieldId]: value } });
  }

  function setName(name: string): void {
    edit({ ...draft.value, name });
  }

  /** Applies the engine's smallest repair in one step and keeps the list of what changed. */
  function applyRepair(): void {
    if (!catalog.value) return;
    const result = repair(catalog.value, draft.value);
    edit(result.design);
    repairChanges.value = result.changes;
  }

  function dismissRepair(): void {
    repairChanges.value = null;
  }

  /** Creates (POST) or updates (PATCH) the design; resolves to it, or null on failure. */
  async function save(): Promise<Design | null> {
    if (!canSave.value) return null;
    saving.value = true;
    saveError.value = null;
    serverErrors.value = [];
    const d = draft.value;
    const name = d.name?.trim() || defaultName();
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
      repairChanges.value = null;
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

  function defaultName(): string {
    const cat = catalog.value;
    const locale = currentLocale();
    const date = new Intl.DateTimeFormat(locale === 'de' ? 'de-DE' : 'en-GB', { dateStyle: 'medium' }).format(
      new Date(),
    );
    return i18n.global.t('configurator.defaultName', { product: cat ? cat.name[locale] : '', date });
  }

  return {
    catalog,
    latestVersion,
    draft,
    design,
    state,
    loadError,
    saving,
    saveError,
    serverErrors,
    repairChanges,
    quantities,
    totals,
    guidance: guidanceResult,
    violations,
    missing,
    valid,
    editable,
    dirty,
    canSave,
    singleChoice,
    swapGuidance,
    optionIndex,
    startNew,
    openDesign,
    setQuantity,
    increment,
    decrement,
    choose,
    toggleDiet,
    setText,
    setName,
    applyRepair,
    dismissRepair,
    save,
    defaultName,
  };
});
