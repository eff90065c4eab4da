/**
 * Small random catalogs with rules of every kind, from a seed (so a failing case can be
 * replayed). Small enough that the oracle can enumerate every design state.
 */
import type { Catalog, CatalogOption, OptionSelector, Rule } from '@shared/catalog/types';

/** mulberry32: a tiny seeded PRNG. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TAGS = ['vegan', 'sweet', 'nut', 'crunchy'];
const GROUPS = ['g0', 'g1', 'g2'];

export function randomCatalog(seed: number, maxOptions = 6): { catalog: Catalog; diets: string[] } {
  const r = prng(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
  const pick = <T>(list: readonly T[]) => list[int(0, list.length - 1)];
  const n = int(3, maxOptions);
  const options: CatalogOption[] = Array.from({ length: n }, (_, i) => {
    const min = int(1, 2);
    return {
      id: `o${i}`,
      groupId: pick(GROUPS),
      name: { de: `Option ${i}`, en: `Option ${i}` },
      priceCents: int(0, 300),
      weightGrams: int(0, 5),
      allergens: [],
      tags: TAGS.filter(() => r() < 0.4),
      attributes: r() < 0.7 ? { x: int(0, 3) } : ({} as Record<string, number>),
      quantity: { min, max: min + int(0, 2), step: int(1, 2) },
      inStock: r() < 0.88,
    };
  });
  const selector = (): OptionSelector => {
    const k = r();
    return k < 0.45 ? { option: pick(options).id } : k < 0.75 ? { tag: pick(TAGS) } : { group: pick(GROUPS) };
  };
  const makers: (() => Rule)[] = [
    () => ({
      kind: 'groupCount',
      id: '',
      group: pick(GROUPS),
      ...(r() < 0.6 ? { min: int(0, 2) } : {}),
      ...(r() < 0.6 ? { max: int(0, 3) } : {}),
    }),
    () => {
      const lo = int(0, 8);
      const bounds = r() < 0.35 ? { min: lo } : r() < 0.5 ? { max: int(2, 14) } : { min: lo, max: lo + int(0, 8) };
      return {
        kind: 'capacity',
        id: '',
        attribute: pick(['weightGrams', 'x', 'quantity']),
        label: { de: 'Beutel', en: 'bag' },
        ...(r() < 0.4 ? { scope: selector() } : {}),
        ...bounds,
      };
    },
    () => ({ kind: 'excludes', id: '', a: selector(), b: selector() }),
    () => ({ kind: 'requires', id: '', if: selector(), anyOf: Array.from({ length: int(1, 2) }, selector) }),
    () => ({ kind: 'diet', id: '', tag: pick(TAGS), label: { de: 'Vegan', en: 'Vegan' } }),
  ];
  const rules = Array.from({ length: int(1, 5) }, (_, k) => ({ ...pick(makers)(), id: `r${k}` }) as Rule);
  const catalog: Catalog = {
    schemaVersion: 1,
    id: 'random',
    version: 1,
    name: { de: 'Zufall', en: 'Random' },
    currency: 'EUR',
    basePriceCents: 100,
    preview: 'jar',
    groups: GROUPS.map((id) => ({ id, name: { de: id, en: id } })),
    options,
    rules,
    textFields: [],
  };
  const diets = rules.filter((x) => x.kind === 'diet' && r() < 0.5).map((x) => x.id);
  return { catalog, diets };
}
