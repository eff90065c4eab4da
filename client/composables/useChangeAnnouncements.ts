import { watch } from 'vue';
import { useI18n } from 'vue-i18n';
import type { CatalogOption } from '@shared/catalog/types';
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

/**
 * After each click that changes the selection or the diets, says in one polite announcement
 * what changed: "Mandeln: 1; Beutel: 450 von 575 g; Preis 6,10 €; Cranberries nicht mehr
 * verfügbar: …". Loading a design or typing a name announces nothing.
 */
export function useChangeAnnouncements(): void {
  const store = useConfiguratorStore();
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

  watch(
    () => [store.draft, locale.value] as const,
    ([next], old) => {
      const prev = old?.[0];
      if (store.state !== 'ready' || !store.catalog || !store.editable) return void (last = null);
      const key = `${store.catalog.id}@${store.catalog.version}|${store.design?.id ?? ''}|${locale.value}`;
      const changed = next.selections !== prev?.selections || next.diets !== prev?.diets;
      if (last?.key === key && !changed) return;
      const snap = snapshot();
      if (last?.key === key) {
        const name = (id: string) => text(store.optionIndex.get(id)?.name) || id;
        announce(describeChange(last.snap, snap, name, t, locale.value === 'de' ? 'und' : 'and'));
      }
      last = { key, snap };
    },
    { immediate: true },
  );
}
