import { computed, inject, provide, ref, shallowRef, type InjectionKey, type Ref, type UnwrapNestedRefs } from 'vue';
import type { Catalog, DesignDraft } from '@shared/catalog/types';
import type { GuidanceResponse, Totals } from '@shared/api';
import { applyOperation, type DesignOp } from '@shared/codesign/operations';
import { singleChoiceGroups } from '@shared/codesign/draftEdits';
import { guidance, repair, type RepairChange } from '@shared/rules';
import { computeTotals } from '@shared/totals';
import { currentLocale, i18n } from '@client/i18n';
import { useFormat } from '@client/composables/useFormat';
import { useConfiguratorStore } from '@client/stores/useConfiguratorStore';

const EMPTY_GUIDANCE: GuidanceResponse = { valid: false, errors: [], missing: [], options: {} };

export interface DesignSessionOptions {
  /** Whether this is the caller's own design to change in place (else a save makes a copy). Default true. */
  editable?: Ref<boolean>;
  /** No edits at all (a viewer of a shared design). Default false. */
  readOnly?: Ref<boolean>;
  /** Where an operation goes; default: applied to `draft` at once. */
  apply?: (op: DesignOp) => void;
}

/**
 * One design being looked at: the engine's answers for it (guidance, totals, swap guidance)
 * and its edits, each one operation. Created per design, so two designs (a preview, a shared
 * design's view over pending operations) can live on one page; components get it through
 * `useDesignSession()`.
 */
export function createDesignSession(
  catalog: Ref<Catalog | null>,
  draft: Ref<DesignDraft>,
  opts: DesignSessionOptions = {},
) {
  const editable = opts.editable ?? ref(true);
  const readOnly = opts.readOnly ?? ref(false);
  const { date } = useFormat();
  const repairChanges = shallowRef<RepairChange[] | null>(null);
  const quantities = computed(() => new Map(draft.value.selections.map((s) => [s.optionId, s.quantity])));
  const totals = computed<Totals | null>(() => (catalog.value ? computeTotals(catalog.value, draft.value) : null));
  const guidanceResult = computed<GuidanceResponse>(() =>
    catalog.value ? guidance(catalog.value, draft.value, currentLocale()) : EMPTY_GUIDANCE,
  );
  const violations = computed(() => guidanceResult.value.errors);
  const missing = computed(() => guidanceResult.value.missing);
  const valid = computed(() => guidanceResult.value.valid);
  const optionIndex = computed(() => new Map((catalog.value?.options ?? []).map((o) => [o.id, o])));
  /** Groups where picking an option swaps out the one chosen (at most one distinct option). */
  const singleChoice = computed(() => (catalog.value ? singleChoiceGroups(catalog.value) : new Set<string>()));
  /** Guidance as if each single-choice group were empty: tells whether a swap is possible. */
  const swapGuidance = computed(() => {
    const result = new Map<string, GuidanceResponse>();
    const cat = catalog.value;
    if (!cat) return result;
    for (const groupId of singleChoice.value) {
      const selections = draft.value.selections.filter((s) => optionIndex.value.get(s.optionId)?.groupId !== groupId);
      if (selections.length === draft.value.selections.length) continue;
      result.set(groupId, guidance(cat, { ...draft.value, selections }, currentLocale()));
    }
    return result;
  });

  function apply(op: DesignOp): void {
    if (!catalog.value || readOnly.value) return;
    if (opts.apply) opts.apply(op);
    else draft.value = applyOperation(catalog.value, draft.value, op);
  }

  /** Applies the engine's smallest repair in one step and keeps the list of what changed. */
  function applyRepair(): void {
    if (!catalog.value || readOnly.value) return;
    repairChanges.value = repair(catalog.value, draft.value).changes;
    apply({ kind: 'applyRepair' });
  }

  function toggleDiet(dietId: string): void {
    const diets = draft.value.diets ?? [];
    apply({ kind: 'setDiets', diets: diets.includes(dietId) ? diets.filter((d) => d !== dietId) : [...diets, dietId] });
  }

  /** The name a design gets when its author leaves the field empty. */
  function defaultName(): string {
    const cat = catalog.value;
    const locale = currentLocale();
    return i18n.global.t('configurator.defaultName', { product: cat ? cat.name[locale] : '', date: date(Date.now()) });
  }

  return {
    catalog,
    draft,
    editable,
    readOnly,
    repairChanges,
    quantities,
    totals,
    guidance: guidanceResult,
    violations,
    missing,
    valid,
    optionIndex,
    singleChoice,
    swapGuidance,
    apply,
    applyRepair,
    toggleDiet,
    defaultName,
    dismissRepair: () => (repairChanges.value = null),
    setQuantity: (optionId: string, quantity: number) => apply({ kind: 'setQuantity', optionId, quantity }),
    increment: (optionId: string) => apply({ kind: 'add', optionId }),
    decrement: (optionId: string) => apply({ kind: 'remove', optionId }),
    /** Picks an option in a single-choice group, replacing the one chosen there. */
    choose: (optionId: string) => apply({ kind: 'swap', optionId }),
    setText: (fieldId: string, value: string) => apply({ kind: 'setText', fieldId, value }),
    setName: (name: string) => apply({ kind: 'setName', name }),
  };
}

export type DesignSession = ReturnType<typeof createDesignSession>;
/** A session as components read it: refs unwrapped, like a store. */
export type DesignSessionView = UnwrapNestedRefs<DesignSession>;

const KEY: InjectionKey<DesignSessionView> = Symbol('designSession');

/** Makes `session` the design the components below this one show and edit. */
export function provideDesignSession(session: DesignSessionView): void {
  provide(KEY, session);
}

/** The design session provided above, else the configurator's own design. */
export function useDesignSession(): DesignSessionView {
  return inject(KEY, null) ?? useConfiguratorStore();
}
