import { describe, expect, it } from 'vitest';
import muesli from '@catalogs/muesli.json';
import type { Catalog, Rule } from '@shared/catalog/types';
import { diffCatalogs } from './diffCatalogs';

const m = muesli as unknown as Catalog;

describe('diffCatalogs: rules as sentences', () => {
  it('an added rule reads against the draft, a removed one against the published version, a changed one both ways', () => {
    const after = JSON.parse(JSON.stringify(m)) as Catalog;
    after.version = 2;
    const fruits = after.rules.findIndex((r) => r.id === 'fruits-max');
    after.rules[fruits] = { ...after.rules[fruits], max: 4 } as Rule;
    after.rules = after.rules.filter((r) => r.id !== 'chocolate-max');
    // The added rule names an option only the draft has: its sentence must find the name there.
    after.options.push({ ...after.options[0], id: 'drachenfrucht', name: { de: 'Drachenfrucht', en: 'Dragon fruit' } });
    after.rules.push({
      kind: 'excludes',
      id: 'dragon-not-sultanas',
      a: { option: 'drachenfrucht' },
      b: { option: 'sultaninen' },
    });
    const { rules } = diffCatalogs(m, after);
    expect(rules.added).toEqual([
      {
        id: 'dragon-not-sultanas',
        sentence: { de: 'Drachenfrucht nicht zusammen mit Sultaninen', en: 'Dragon fruit not together with Sultanas' },
      },
    ]);
    expect(rules.removed).toEqual([
      { id: 'chocolate-max', sentence: { de: 'Höchstens 3 aus Schokolade & Süßes', en: expect.any(String) } },
    ]);
    expect(rules.changed).toEqual([
      expect.objectContaining({
        id: 'fruits-max',
        fields: [{ field: 'max', before: 5, after: 4 }],
        sentenceBefore: { de: 'Höchstens 5 aus Früchte', en: 'At most 5 from Fruits' },
        sentence: { de: 'Höchstens 4 aus Früchte', en: 'At most 4 from Fruits' },
      }),
    ]);
  });

  it('options carry no sentence, and a broken draft still diffs', () => {
    const diff = diffCatalogs(m, { ...m, rules: [{ kind: 'nope', id: 'odd' }, 7] });
    expect(diff.rules.added).toEqual([{ id: 'odd', sentence: { de: 'odd', en: 'odd' } }]);
    expect(diff.options.changed).toEqual([]);
  });
});
