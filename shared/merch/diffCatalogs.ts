/**
 * A readable diff of two catalogs (the published version and the draft): options, groups,
 * rules and text fields added, removed and changed field by field (old → new), matched by id.
 * Tolerates a draft that is not a valid catalog yet: it diffs whatever is there.
 */
import type { Catalog, LocalizedText, Rule } from '../catalog/types';
import { describeRule } from '../rules/describe/describeRule';

export interface FieldChange {
  /** `priceCents`, `name.de`, `nutrition.fat`, … */
  field: string;
  before: unknown;
  after: unknown;
}
export interface DiffItem {
  id: string;
  name?: LocalizedText;
  /** Rules only: the rule as a merchandiser reads it (for a changed rule, as it is now). */
  sentence?: LocalizedText;
}
export interface ChangedItem extends DiffItem {
  fields: FieldChange[];
  /** Rules only: the rule as it read before. */
  sentenceBefore?: LocalizedText;
}
export interface ListDiff {
  added: DiffItem[];
  removed: DiffItem[];
  changed: ChangedItem[];
  /** Ids whose place in the list changed (groups are shown in this order). */
  moved: string[];
}
export interface CatalogDiff {
  fromVersion: number | null;
  toVersion: number | null;
  /** Top-level fields (name, base price, preview, …). */
  catalog: FieldChange[];
  groups: ListDiff;
  options: ListDiff;
  rules: ListDiff;
  textFields: ListDiff;
  empty: boolean;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const LISTS = ['groups', 'options', 'rules', 'textFields'] as const;

/** Field changes of two objects, one level into nested objects (`nutrition.fat`, `name.en`). */
export function fieldChanges(before: Obj, after: Obj, prefix = ''): FieldChange[] {
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return keys.flatMap((key) => {
    const a = before[key];
    const b = after[key];
    if (same(a, b)) return [];
    if (prefix === '' && (isObj(a) || isObj(b)) && !Array.isArray(a) && !Array.isArray(b))
      return fieldChanges(isObj(a) ? a : {}, isObj(b) ? b : {}, `${key}.`);
    return [{ field: `${prefix}${key}`, before: a, after: b }];
  });
}

const itemsOf = (catalog: Obj | null, list: string): Obj[] => {
  const items = catalog?.[list];
  return Array.isArray(items) ? items.filter((i): i is Obj => isObj(i) && typeof i.id === 'string') : [];
};
const named = (item: Obj): DiffItem => ({
  id: item.id as string,
  ...(isObj(item.name) ? { name: item.name as unknown as LocalizedText } : {}),
});

function diffList(before: Obj[], after: Obj[]): ListDiff {
  const old = new Map(before.map((i) => [i.id as string, i]));
  const now = new Map(after.map((i) => [i.id as string, i]));
  const kept = (list: Obj[], other: Map<string, Obj>) => list.map((i) => i.id as string).filter((id) => other.has(id));
  const oldOrder = kept(before, now);
  const newOrder = kept(after, old);
  return {
    added: after.filter((i) => !old.has(i.id as string)).map(named),
    removed: before.filter((i) => !now.has(i.id as string)).map(named),
    changed: after.flatMap((i) => {
      const was = old.get(i.id as string);
      const fields = was ? fieldChanges(was, i) : [];
      return fields.length ? [{ ...named(i), fields }] : [];
    }),
    moved: newOrder.filter((id, index) => oldOrder[index] !== id),
  };
}

const said = (rule: Obj, catalog: Obj | null): LocalizedText => ({
  de: describeRule(rule as unknown as Rule, (catalog ?? {}) as unknown as Catalog, 'de'),
  en: describeRule(rule as unknown as Rule, (catalog ?? {}) as unknown as Catalog, 'en'),
});

/** Each added, removed and changed rule with its sentence, read against the catalog it belongs to. */
function withSentences(list: ListDiff, before: Obj | null, after: Obj): ListDiff {
  const rule = (catalog: Obj | null, id: string) => itemsOf(catalog, 'rules').find((r) => r.id === id)!;
  return {
    ...list,
    added: list.added.map((i) => ({ ...i, sentence: said(rule(after, i.id), after) })),
    removed: list.removed.map((i) => ({ ...i, sentence: said(rule(before, i.id), before) })),
    changed: list.changed.map((i) => ({
      ...i,
      sentence: said(rule(after, i.id), after),
      sentenceBefore: said(rule(before, i.id), before),
    })),
  };
}

/** The diff from `before` (null: nothing published yet) to `after`. */
export function diffCatalogs(before: unknown, after: unknown): CatalogDiff {
  const a = isObj(before) ? before : null;
  const b = isObj(after) ? after : {};
  const top = (o: Obj | null) =>
    Object.fromEntries(Object.entries(o ?? {}).filter(([k]) => !(LISTS as readonly string[]).includes(k)));
  const catalog = fieldChanges(top(a), top(b)).filter((c) => c.field !== 'version');
  const lists = Object.fromEntries(LISTS.map((l) => [l, diffList(itemsOf(a, l), itemsOf(b, l))])) as Record<
    (typeof LISTS)[number],
    ListDiff
  >;
  lists.rules = withSentences(lists.rules, a, b);
  const empty =
    catalog.length === 0 &&
    LISTS.every(
      (l) => !lists[l].added.length && !lists[l].removed.length && !lists[l].changed.length && !lists[l].moved.length,
    );
  const version = (o: Obj | null) => (typeof o?.version === 'number' ? o.version : null);
  return { fromVersion: version(a), toVersion: version(b), catalog, ...lists, empty };
}
