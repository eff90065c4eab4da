/**
 * Compiles a catalog into the engine's numeric model, once per catalog object (WeakMap):
 * option index, quantity grids, selector → option ids, and per-option counter touches.
 */
import type { Catalog, CatalogOption, Locale, Rule } from '@shared/catalog/types';
import { quantityLimits } from '@shared/catalog/types';
import { quantityCheck } from './builtins/quantity';
import { stockCheck } from './builtins/stock';
import { RULE_KINDS } from './kinds';
import { placed } from './place';
import type { Check, Model, ModelBuilder, RuleKind } from './types';

export { attributeValue } from './attributeValue';

const cache = new WeakMap<object, Model>();

/** The compiled model of `catalog`, cached for as long as the catalog object lives. */
export function compileModel(catalog: Catalog): Model {
  let model = cache.get(catalog);
  if (!model) {
    model = build(catalog);
    cache.set(catalog, model);
  }
  return model;
}

function listOf<T>(value: unknown): T[] {
  return Array.isArray(value) ? (value as T[]) : [];
}

/** A whole number or the fallback: junk limits must not make the search loop or throw. */
function int(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? Math.floor(value) : fallback;
}

function build(catalog: Catalog): Model {
  const options = listOf<CatalogOption>(catalog.options).filter((o) => o && typeof o.id === 'string');
  const index = new Map<string, number>();
  options.forEach((o, i) => index.has(o.id) || index.set(o.id, i));
  const n = options.length;
  const min = new Int32Array(n),
    max = new Int32Array(n),
    step = new Int32Array(n);
  options.forEach((o, i) => {
    const limits = quantityLimits(o);
    min[i] = Math.max(1, int(limits.min, 1));
    max[i] = int(limits.max, 1);
    step[i] = Math.max(1, int(limits.step, 1));
  });
  const touches = options.map(() => [] as { c: number; coef: number; units: boolean }[]);
  const counterOwner: number[] = [];
  let currentCheck = 0;
  const selectorCache = new Map<string, number[]>();
  const groupNames = new Map(listOf<Catalog['groups'][number]>(catalog.groups).map((g) => [g?.id, g?.name]));

  const b: ModelBuilder = {
    catalog,
    options,
    select(selector) {
      const key = JSON.stringify(selector ?? null);
      let hit = selectorCache.get(key);
      if (!hit) {
        hit = resolveSelector(options, index, selector);
        selectorCache.set(key, hit);
      }
      return hit;
    },
    counter(members, coef, units) {
      const c = counterOwner.length;
      counterOwner.push(currentCheck);
      for (const i of members) {
        const k = coef(i);
        if (k !== 0 && Number.isFinite(k)) touches[i].push({ c, coef: k, units });
      }
      return c;
    },
    optionName: (i, locale) => localized(options[i]?.name, locale) || options[i]?.id || '?',
    groupName: (id, locale) => localized(groupNames.get(id), locale) || id,
  };

  const checks: Check[] = [];
  const add = (make: () => Check) => {
    currentCheck = checks.length;
    checks.push(make());
  };
  add(() => quantityCheck(b, min, max, step));
  add(() => stockCheck(b, options));
  const groupOf = (id: string) => options[index.get(id) ?? -1]?.groupId;
  const kinds = new Map<string, RuleKind>(RULE_KINDS.map((k) => [k.kind, k as RuleKind]));
  for (const rule of listOf<Rule>(catalog.rules)) {
    const kind = rule && kinds.get(rule.kind);
    if (kind) add(() => placed(kind.compile(rule, b), kind.place(rule), groupOf));
  }

  const checksOf = touches.map((list) => Int32Array.from(new Set([0, ...list.map((t) => counterOwner[t.c])])));
  return {
    catalog,
    n,
    ids: options.map((o) => o.id),
    index,
    min,
    max,
    step,
    counterCount: counterOwner.length,
    touchCounter: touches.map((l) => Int32Array.from(l.map((t) => t.c))),
    touchCoef: touches.map((l) => Float64Array.from(l.map((t) => t.coef))),
    touchUnits: touches.map((l) => Uint8Array.from(l.map((t) => (t.units ? 1 : 0)))),
    checks,
    checksOf,
    dietIds: new Set(
      listOf<Rule>(catalog.rules)
        .filter((r) => r?.kind === 'diet')
        .map((r) => r.id),
    ),
    names: b,
  };
}

function localized(text: { de: string; en: string } | undefined, locale: Locale): string {
  return (text && (text[locale] || text.de)) || '';
}

function resolveSelector(options: CatalogOption[], index: Map<string, number>, selector: unknown): number[] {
  if (!selector || typeof selector !== 'object') return [];
  const s = selector as Record<string, unknown>;
  if (typeof s.option === 'string') return index.has(s.option) ? [index.get(s.option)!] : [];
  const out: number[] = [];
  options.forEach((o, i) => {
    const tags = Array.isArray(o.tags) ? o.tags : [];
    if (typeof s.tag === 'string' ? tags.includes(s.tag) : typeof s.group === 'string' && o.groupId === s.group)
      out.push(i);
  });
  return out;
}
