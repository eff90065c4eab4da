import { watch } from 'vue';
import { useI18n } from 'vue-i18n';
import type { CatalogOption } from '@shared/catalog/types';
import { useCodesignStore } from '@client/stores/useCodesignStore';
import { useConfiguratorStore } from '@client/stores/useConfiguratorStore';
import { capacityUsage } from './useCapacities';
import { announce } from './useAnnouncer';
import { describeChange, type ConfiguratorSnapshot } from './describeChange';
import { useFormat } from './useFormat';

type Store = ReturnType<typeof useConfiguratorStore>;

/** Whether one more unit of `option` can be added, as its tile shows it (single-choice groups swap). */
function reasonFor(store: Store, option: CatalogOption): string | null {
  const swap =
    store.singleChoice.has(option.groupId) && !store.quantities.get(option.id)
      ? store.swapGuidance.get(option.groupId)
      : undefined;
  const g = (swap ?? store.guidance).options[option.id];
  return !g || g.available ? null : (g.reasons[0]?.message ?? '');
}

/** Others' live edits that arrive within this time are said together, as one change. */
const BURST_MS = 400;

/**
 * After each click that changes the selection or the diets, says in one polite announcement
 * what changed: "Mandeln: 1; Beutel: 450 von 575 g; Preis 6,10 €; Cranberries nicht mehr
 * verfügbar: …". On a shared design the others' live edits are said the same way, with who
 * made them, one announcement for a burst of them ("Ben hat geändert – Cornflakes: 1; …"),
 * also to a viewer. Loading a design or typing a name announces nothing.
 */
export function useChangeAnnouncements(): void {
  const store = useConfiguratorStore();
  const codesign = useCodesignStore();
  const { t, locale } = useI18n();
  const { price, text, number } = useFormat();
  let last: { key: string; snap: ConfiguratorSnapshot } | null = null;

  function snapshot(): ConfiguratorSnapshot {
    const catalog = store.catalog!;
    const blocked = new Map<string, string>();
    for (const o of catalog.options) {
      const reason = store.quantities.get(o.id) ? null : reasonFor(store, o);
      if (reason !== null) blocked.set(o.id, reason);
    }
    const fmt = (n: number, unit?: string) => number(n, Number.isInteger(n) ? 0 : 1) + (unit ? ` ${unit}` : '');
    const capacities = new Map(
      capacityUsage(catalog, store.draft).map((u) => {
        const label = text(u.label);
        const amount = t('totals.capacity', { value: fmt(u.value, u.unit), max: fmt(u.max, u.unit) });
        return [u.id, `${label.charAt(0).toUpperCase()}${label.slice(1)}: ${amount}`];
      }),
    );
    return {
      quantities: store.quantities,
      blocked,
      capacities,
      price: price(store.totals?.priceCents ?? 0),
      problems: [...store.violations, ...store.missing].map((v) => v.message),
      valid: store.valid,
    };
  }

  /** A burst of others' edits: the state before it and who made them, said when it ends. */
  let burst: { from: ConfiguratorSnapshot; names: Set<string>; timer: ReturnType<typeof setTimeout> } | null = null;
  const and = () => (locale.value === 'de' ? 'und' : 'and');
  const say = (from: ConfiguratorSnapshot, to: ConfiguratorSnapshot) =>
    describeChange(from, to, (id) => text(store.optionIndex.get(id)?.name) || id, t, and());

  watch(
    () => [store.draft, locale.value] as const,
    ([next], old) => {
      const prev = old?.[0];
      const watching = store.editable || codesign.designId !== null;
      if (store.state !== 'ready' || !store.catalog || !watching) return void (last = null);
      const key = `${store.catalog.id}@${store.catalog.version}|${store.design?.id ?? ''}|${locale.value}`;
      const changed = next.selections !== prev?.selections || next.diets !== prev?.diets;
      const by = codesign.takeChangedBy();
      if (last?.key === key && !changed) return;
      const snap = snapshot();
      if (last?.key !== key) {
        if (burst) clearTimeout(burst.timer);
        burst = null;
      } else if (by.length || burst) {
        const b = burst ?? { from: last.snap, names: new Set<string>(), timer: undefined as never };
        by.forEach((n) => b.names.add(n));
        clearTimeout(b.timer);
        b.timer = setTimeout(() => {
          burst = null;
          const change = say(b.from, last!.snap);
          const names = [...b.names].join(` ${and()} `);
          announce(change && names ? t('codesign.changedBy', { names, change }) : change);
        }, BURST_MS);
        burst = b;
      } else announce(say(last.snap, snap));
      last = { key, snap };
    },
    { immediate: true },
  );
}
