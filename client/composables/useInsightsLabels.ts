import type { Ref } from 'vue';
import { useI18n } from 'vue-i18n';
import type { Catalog } from '@shared/catalog/types';
import { useFormat } from './useFormat';

/** Names for the insights page: options and rules of the catalog in the UI language, shares as percent. */
export function useInsightsLabels(catalog: Ref<Catalog | null>) {
  const { t } = useI18n();
  const { text, number } = useFormat();
  const option = (id: string) => {
    const o = catalog.value?.options.find((x) => x.id === id);
    return o ? text(o.name) : id;
  };
  const rule = (id: string) => {
    const r = catalog.value?.rules.find((x) => x.id === id);
    if (r?.kind === 'groupCount') {
      const group = catalog.value?.groups.find((g) => g.id === r.group);
      return t('insights.groupMax', { group: group ? text(group.name) : r.group, max: r.max ?? '' });
    }
    if (r?.kind === 'capacity')
      return t('insights.capacityFull', { label: text(r.label), max: r.max ?? '', unit: r.unit ?? '' });
    return id;
  };
  const percent = (share: number) => `${number(share * 100, 1)} %`;
  return { option, rule, percent };
}
