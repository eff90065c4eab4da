import type { Catalog, CatalogOption, Locale } from '@shared/catalog/types';
import type { Suggestion } from '@shared/suggestions';
import type { Ranked } from './rank';

const TEMPLATES = {
  de: {
    often_with: 'Wird oft mit {name} kombiniert',
    popular: 'Beliebt bei anderen Kund:innen',
    new_option: 'Neu bei {group}',
  },
  en: {
    often_with: 'Often combined with {name}',
    popular: 'Popular with other shoppers',
    new_option: 'New in {group}',
  },
} as const;

/** The reason shown with a suggestion, in the caller's language, with its parameters. */
export function reasonOf(
  catalog: Catalog,
  r: Ranked,
  byId: Map<string, CatalogOption>,
  locale: Locale,
): Suggestion['reason'] {
  const params: Record<string, string> = {};
  if (r.reason === 'often_with' && r.because) {
    params.optionId = r.because;
    params.name = byId.get(r.because)?.name[locale] ?? r.because;
  }
  if (r.reason === 'new_option') {
    const group = catalog.groups.find((g) => g.id === byId.get(r.optionId)?.groupId);
    params.group = group ? group.name[locale] : '';
  }
  const message = TEMPLATES[locale][r.reason].replace(/\{(\w+)\}/g, (_, k: string) => params[k] ?? '');
  return { code: r.reason, message, ...(Object.keys(params).length ? { params } : {}) };
}
