import { onBeforeUnmount, ref, shallowRef, watch } from 'vue';
import type { Catalog } from '@shared/catalog/types';
import { analyseCatalog, type AnalysisFinding } from '@shared/rules';
import { useMerchDraftStore } from '@client/stores/useMerchDraftStore';

/** How long after the last edit the analysis runs (it takes tens of milliseconds on the muesli). */
export const ANALYSIS_DELAY_MS = 250;

/** One analysis per draft object: the rules tab and the publish panel read the same result. */
const cache = new WeakMap<object, AnalysisFinding[]>();

/** What a finding is about, for the warnings' headings. */
export type FindingTopic = 'impossible' | 'never' | 'contradict' | 'other';
const TOPICS: Record<string, FindingTopic> = {
  catalog_unsatisfiable: 'impossible',
  diet_unsatisfiable: 'impossible',
  group_unreachable: 'impossible',
  option_unreachable: 'impossible',
  rule_never_applies: 'never',
  rules_contradict: 'contradict',
};
export const findingTopic = (f: AnalysisFinding): FindingTopic => TOPICS[f.code] ?? 'other';

/**
 * The shared rule analysis (`analyseCatalog`) of the studio's draft, run in the browser a
 * moment after the last edit; only a draft without errors is analysed (the analysis reads a
 * valid catalog).
 */
export function useRuleAnalysis() {
  const store = useMerchDraftStore();
  const findings = shallowRef<AnalysisFinding[]>([]);
  const state = ref<'blocked' | 'running' | 'done'>('running');
  let timer: ReturnType<typeof setTimeout> | undefined;
  const run = (draft: object) => {
    let found = cache.get(draft);
    if (!found) cache.set(draft, (found = analyseCatalog(draft as unknown as Catalog)));
    findings.value = found;
    state.value = 'done';
  };
  watch(
    () => [store.draft, store.errors.length] as const,
    ([draft, errors]) => {
      clearTimeout(timer);
      if (!draft || errors > 0) {
        state.value = 'blocked';
        findings.value = [];
      } else if (cache.has(draft)) run(draft);
      else {
        // The last result stays in view until the new one is ready: the live region speaks only of changes.
        if (state.value === 'blocked') state.value = 'running';
        timer = setTimeout(() => run(draft), ANALYSIS_DELAY_MS);
      }
    },
    { immediate: true },
  );
  onBeforeUnmount(() => clearTimeout(timer));
  return { findings, state };
}
