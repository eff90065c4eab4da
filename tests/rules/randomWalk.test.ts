/**
 * Proof (c): random shoppers on the seed catalogs who only ever click available options
 * (sometimes after choosing a diet) never meet a dead end, and completing the same way
 * always ends in a valid design.
 */
import { describe, expect, it } from 'vitest';
import burger from '@catalogs/burger.json';
import label from '@catalogs/label.json';
import muesli from '@catalogs/muesli.json';
import type { Catalog, DesignDraft } from '@shared/catalog/types';
import { guidance } from '@shared/rules';
import { prng } from './randomCatalog';

const WALKS = 60;

function walk(catalog: Catalog, seed: number): DesignDraft {
  const r = prng(seed);
  const diets = catalog.rules.filter((x) => x.kind === 'diet' && r() < 0.3).map((x) => x.id);
  const q = new Map<string, number>();
  // Texts never affect availability; fill them so that "valid" is about the options.
  const texts = Object.fromEntries(catalog.textFields.map((f) => [f.id, 'Hallo']));
  const design = (): DesignDraft => ({
    catalogId: catalog.id,
    diets,
    texts,
    selections: [...q].map(([optionId, quantity]) => ({ optionId, quantity })),
  });
  const stopAt = Math.floor(r() * 25);
  for (let step = 0; ; step++) {
    const g = guidance(catalog, design());
    expect(g.errors, `seed ${seed} step ${step}`).toEqual([]);
    if (step >= stopAt && g.valid) return design();
    const available = Object.keys(g.options).filter((id) => g.options[id].available);
    // An alive design without any available option must already be valid (the definition).
    expect(available.length > 0 || g.valid, `seed ${seed}: dead end`).toBe(true);
    if (available.length === 0) return design();
    const id = available[Math.floor(r() * available.length)];
    const option = catalog.options.find((o) => o.id === id)!;
    const now = q.get(id) ?? 0;
    q.set(id, now === 0 ? (option.quantity?.min ?? 1) : now + (option.quantity?.step ?? 1));
  }
}

describe.each([
  ['muesli', muesli],
  ['burger', burger],
  ['label', label],
])('random walks on %s', (_name, json) => {
  const catalog = json as unknown as Catalog;
  it(`${WALKS} shoppers picking only available options all end valid`, () => {
    for (let seed = 1; seed <= WALKS; seed++) {
      const final = walk(catalog, seed * 7919);
      expect(guidance(catalog, final).valid, `seed ${seed}`).toBe(true);
    }
  });
});
