import { useI18n } from 'vue-i18n';
import type { Catalog, Locale } from '@shared/catalog/types';
import { localized } from '@shared/i18n/messages';
import { useFormat } from '@client/composables/useFormat';
import '../merchStudioMessages';

/** A changed field's label key and parameters, by its path in the catalog (`priceCents`, `name.de`, `nutrition.fat`). */
function labelOf(field: string): [string, Record<string, string>?] {
  const [head, tail] = field.split('.') as [string, string | undefined];
  const lang = tail === 'de' || tail === 'en' ? { lang: tail.toUpperCase() } : undefined;
  const direct: Record<string, string> = {
    priceCents: 'merch.col.price',
    basePriceCents: 'merchDiff.field.basePriceCents',
    weightGrams: 'merch.col.weight',
    inStock: 'merch.col.stock',
    tags: 'merch.col.tags',
    allergens: 'merch.col.allergens',
    color: 'merch.col.color',
    groupId: 'merch.table.group',
    image: 'merchDiff.field.image',
    preview: 'merchDiff.field.preview',
    currency: 'merchDiff.field.currency',
    maxLength: 'merchDiff.field.maxLength',
    required: 'merchDiff.field.required',
    'quantity.min': 'merch.col.qmin',
    'quantity.max': 'merch.col.qmax',
    'quantity.step': 'merchDiff.field.qstep',
    'quantity.default': 'merchDiff.field.qdefault',
  };
  if (direct[field]) return [direct[field]];
  if (direct[head] && !tail) return [direct[head]];
  if (lang && (head === 'name' || head === 'description' || head === 'label')) return [`merchDiff.field.${head}`, lang];
  if (head === 'nutrition' && tail) return [`merch.nutrient.${tail}`];
  return [''];
}

/**
 * A diff as a merchandiser reads it: field names as labels in the UI language, prices in
 * euros, weights in grams, allergens and groups by name, yes/no for stock.
 */
export function useDiffText(catalog: () => Catalog | null) {
  const { t, te, locale } = useI18n();
  const { price, grams, decimal } = useFormat();
  const loc = () => locale.value as Locale;
  const field = (path: string): string => {
    const [key, params] = labelOf(path);
    return key && te(key) ? t(key, params ?? {}) : (path.split('.').pop() ?? path);
  };
  const value = (path: string, v: unknown): string => {
    if (v === undefined || v === null) return t('merchDiff.nothing');
    if (path === 'priceCents' || path === 'basePriceCents') return typeof v === 'number' ? price(v) : String(v);
    if (path === 'weightGrams' && typeof v === 'number') return grams(v);
    if (typeof v === 'boolean') return t(v ? 'merchDiff.yes' : 'merchDiff.no');
    if (typeof v === 'number') return decimal(v);
    if (path === 'groupId') {
      const g = catalog()?.groups?.find((x) => x.id === v);
      return localized(g?.name, loc()) || String(v);
    }
    if (Array.isArray(v)) {
      if (!v.length) return t('merchDiff.empty');
      const named = path === 'allergens' ? v.map((a) => (te(`allergens.${a}`) ? t(`allergens.${a}`) : String(a))) : v;
      return named.every((x) => typeof x !== 'object') ? named.join(', ') : JSON.stringify(v);
    }
    if (typeof v === 'object') return localized(v as { de?: string; en?: string }, loc()) || JSON.stringify(v);
    return String(v);
  };
  return { field, value };
}
