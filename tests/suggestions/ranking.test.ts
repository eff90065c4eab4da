import { describe, expect, test } from 'vitest';
import muesli from '@catalogs/muesli.json';
import type { Catalog, DesignDraft } from '@shared/catalog/types';
import { CoCounts } from '@server/suggestions/counts';
import { rankByPopularity, rankSuggestions } from '@server/suggestions/rank';
import { suggest } from '@server/suggestions/suggest';
import { generateCommunity } from './generateCommunity';

const catalog = muesli as unknown as Catalog;
const meta = new Map(catalog.options.map((o) => [o.id, { groupId: o.groupId, tags: o.tags }]));

/** `times` designs with exactly these options. */
function counted(groups: [number, string[]][]): CoCounts {
  const c = new CoCounts();
  for (const [times, ids] of groups) for (let i = 0; i < times; i++) c.apply(ids, 1);
  return c;
}
const draft = (ids: string[], diets: string[] = []): DesignDraft => ({
  catalogId: 'muesli',
  selections: ids.map((optionId) => ({ optionId, quantity: 1 })),
  diets,
});
const ids = (items: { optionId: string }[]) => items.map((s) => s.optionId);

describe('ranking on a community where the answer is known', () => {
  // Fruit lovers: oats with apple and cinnamon. Chocolate lovers (more of them): spelt with dark drops.
  const counts = counted([
    [30, ['haferflocken-kernig', 'apfelstuecke', 'ceylon-zimt']],
    [60, ['dinkelflocken', 'zartbitter-drops', 'kakaopulver']],
    [9, ['haferflocken-kernig', 'mango']],
  ]);

  test('oats suggest apple and cinnamon first, with the reason naming oats', () => {
    const items = suggest(catalog, draft(['haferflocken-kernig']), counts, { minSupport: 10, locale: 'de' });
    expect(ids(items).slice(0, 2).sort()).toEqual(['apfelstuecke', 'ceylon-zimt']);
    expect(items[0]!.reason).toEqual({
      code: 'often_with',
      message: 'Wird oft mit Haferflocken, kernig kombiniert',
      params: { optionId: 'haferflocken-kernig', name: 'Haferflocken, kernig' },
    });
    const en = suggest(catalog, draft(['haferflocken-kernig']), counts, { minSupport: 10, locale: 'en' });
    expect(en[0]!.reason.message).toBe('Often combined with Jumbo rolled oats');
    expect(items.length).toBeLessThanOrEqual(5);
  });

  test('a pair below the minimum support does not count: mango (9 designs) is not "often with" oats', () => {
    const ranked = rankSuggestions({
      counts,
      chosen: ['haferflocken-kernig'],
      candidates: ['mango', 'apfelstuecke'],
      minSupport: 10,
      k: 5,
      meta,
    });
    expect(ranked[0]).toMatchObject({ optionId: 'apfelstuecke', reason: 'often_with' });
    expect(ranked.find((r) => r.optionId === 'mango')?.reason).not.toBe('often_with');
    // With a lower threshold the same pair counts.
    const loose = rankSuggestions({
      counts,
      chosen: ['haferflocken-kernig'],
      candidates: ['mango'],
      minSupport: 5,
      k: 5,
      meta,
    });
    expect(loose[0]).toMatchObject({ optionId: 'mango', reason: 'often_with' });
  });

  test('an empty design falls back to popularity among available options', () => {
    const items = suggest(catalog, draft([]), counts, { minSupport: 10, locale: 'de' });
    expect(ids(items).slice(0, 3).sort()).toEqual(['dinkelflocken', 'kakaopulver', 'zartbitter-drops']);
    expect(items[0]!.reason.code).toBe('popular');
  });

  test('a new option gets a prior from its group and tags, in at most one slot', () => {
    const ranked = rankSuggestions({
      counts,
      chosen: ['haferflocken-kernig'],
      candidates: ['apfelstuecke', 'birnen', 'papaya', 'zartbitter-drops'],
      minSupport: 10,
      k: 5,
      meta,
    });
    const fresh = ranked.filter((r) => r.reason === 'new_option');
    expect(fresh).toHaveLength(1);
    // Like the apple (same group, same tags), so above the unrelated chocolate.
    expect(ids(ranked).indexOf(fresh[0]!.optionId)).toBeLessThan(ids(ranked).indexOf('zartbitter-drops'));
  });

  test('no counts yet: no suggestions', () => {
    expect(suggest(catalog, draft(['haferflocken-kernig']), undefined, { minSupport: 10, locale: 'de' })).toEqual([]);
  });

  test('on a generated community, ours beats popularity at finding a hidden option', () => {
    const community = generateCommunity(catalog, { designs: 1500, seed: 3, themeShare: 0.7 });
    const train = new CoCounts();
    for (const d of community.slice(0, 1200)) train.apply(ids(d.draft.selections), 1);
    let ours = 0;
    let popular = 0;
    for (const d of community.slice(1200)) {
      const [hidden, ...rest] = [...d.draft.selections].reverse();
      const candidates = catalog.options.map((o) => o.id).filter((id) => !rest.some((s) => s.optionId === id));
      const top = rankSuggestions({ counts: train, chosen: ids(rest), candidates, minSupport: 10, k: 5, meta });
      if (ids(top).includes(hidden!.optionId)) ours++;
      if (rankByPopularity(train, candidates, 5).includes(hidden!.optionId)) popular++;
    }
    expect(ours).toBeGreaterThan(popular * 1.3);
  });
});

describe('rule-aware: only what the guidance marks available', () => {
  const FRUITS = ['apfelstuecke', 'aprikosen', 'bananenchips', 'cranberries', 'datteln'];
  const counts = counted([
    [40, ['haferflocken-kernig', ...FRUITS, 'feigen', 'mango', 'vollmilchpulver', 'vollmilch-flocken']],
    [40, ['haferflocken-kernig', 'feigen', 'mango', 'vollmilchpulver', 'vollmilch-flocken', 'ceylon-zimt']],
  ]);

  test('a full fruit group (5 of 5) suggests no further fruit', () => {
    const open = suggest(catalog, draft(['haferflocken-kernig']), counts, { minSupport: 10, locale: 'de' });
    expect(ids(open)).toEqual(expect.arrayContaining(['feigen']));
    const full = suggest(catalog, draft(['haferflocken-kernig', ...FRUITS]), counts, { minSupport: 10, locale: 'de' });
    expect(full.length).toBeGreaterThan(0);
    const fruitIds = new Set(catalog.options.filter((o) => o.groupId === 'fruits').map((o) => o.id));
    expect(ids(full).filter((id) => fruitIds.has(id))).toEqual([]);
  });

  test('a vegan design is suggested no milk; chosen options are never suggested again', () => {
    const plain = suggest(catalog, draft(['haferflocken-kernig', 'feigen']), counts, { minSupport: 10, locale: 'de' });
    expect(ids(plain)).toEqual(expect.arrayContaining(['vollmilchpulver', 'vollmilch-flocken']));
    const vegan = suggest(catalog, draft(['haferflocken-kernig', 'feigen'], ['vegan']), counts, {
      minSupport: 10,
      locale: 'de',
    });
    expect(vegan.length).toBeGreaterThan(0);
    for (const id of ids(vegan)) expect(catalog.options.find((o) => o.id === id)!.tags).toContain('vegan');
    expect(ids(vegan)).not.toContain('feigen');
  });
});
