/**
 * How a merchandiser reads the things a rule names: an option by its name (with its group
 * when another option has the same name: "Weiß (Schriftfarbe)"), a group by its name, a tag
 * by the tag and the options it picks.
 */
import type { Catalog, CatalogOption, Locale, OptionSelector } from '@shared/catalog/types';
import { joinNames, localized } from '@shared/i18n/messages';

export interface CatalogNames {
  option(id: string, locale: Locale): string;
  group(id: string, locale: Locale): string;
  /** A selector as a phrase; `word` joins the names a tag picks. */
  selector(selector: OptionSelector | undefined, locale: Locale, word?: 'and' | 'or'): string;
}

const list = <T>(value: unknown): T[] => (Array.isArray(value) ? (value as T[]) : []);

/** Names over `catalog`; unknown ids read as themselves, never throw. */
export function catalogNames(catalog: Catalog): CatalogNames {
  const options = list<CatalogOption>(catalog.options).filter((o) => o && typeof o.id === 'string');
  const byId = new Map(options.map((o) => [o.id, o]));
  const groups = new Map(list<Catalog['groups'][number]>(catalog.groups).map((g) => [g?.id, g]));
  const group = (id: string, locale: Locale) => localized(groups.get(id)?.name, locale) || id;
  const plain = (o: CatalogOption, locale: Locale) => localized(o.name, locale) || o.id;
  const option = (id: string, locale: Locale) => {
    const o = byId.get(id);
    if (!o) return id;
    const name = plain(o, locale);
    const twin = options.some((other) => other !== o && plain(other, locale) === name);
    return twin ? `${name} (${group(o.groupId, locale)})` : name;
  };
  return {
    option,
    group,
    selector(selector, locale, word = 'or') {
      if (!selector || typeof selector !== 'object') return '?';
      if ('option' in selector) return option(String(selector.option), locale);
      if ('group' in selector) return group(String(selector.group), locale);
      const tag = String((selector as { tag?: unknown }).tag);
      const picked = options.filter((o) => list<string>(o.tags).includes(tag));
      const quoted = locale === 'de' ? `„${tag}“` : `“${tag}”`;
      if (picked.length === 0) return `${quoted} (${locale === 'de' ? 'keine Option' : 'no option'})`;
      const groupIds = new Set(picked.map((o) => o.groupId));
      if (groupIds.size > 1)
        return `${quoted} (${joinNames(
          picked.map((o) => option(o.id, locale)),
          locale,
          word,
        )})`;
      // One group: the group says it once, so twins need no suffix ("Weiß, Creme oder Sonnengelb aus Hintergrund").
      const names = joinNames(
        picked.map((o) => plain(o, locale)),
        locale,
        word,
      );
      return `${quoted} (${names} ${locale === 'de' ? 'aus' : 'from'} ${group(picked[0].groupId, locale)})`;
    },
  };
}
