import { describe, expect, it } from 'vitest';
import { ref } from 'vue';
import type { Catalog } from '@shared/catalog/types';
import muesli from '@catalogs/muesli.json';
import { mountWith } from '@client/testing/mountWith';
import { matchesQuery, useOptionSearch } from './useOptionSearch';

describe('ingredient search', () => {
  it('ignores case, accents and the spelling of umlauts', () => {
    expect(matchesQuery('Mandelblättchen, geröstet', 'MANDEL')).toBe(true);
    expect(matchesQuery('Mandelblättchen, geröstet', 'blaettchen')).toBe(true);
    expect(matchesQuery('Mandelblättchen, geröstet', 'blattchen')).toBe(true);
    expect(matchesQuery('Haselnüsse, geröstet', 'nüsse')).toBe(true);
    expect(matchesQuery('Haselnüsse, geröstet', '  haselnuesse ')).toBe(true);
    expect(matchesQuery('Crème fraîche', 'creme')).toBe(true);
    expect(matchesQuery('Weißer Sesam', 'weiss')).toBe(true);
    expect(matchesQuery('Walnusskerne', 'mandel')).toBe(false);
  });

  it('"mandel" finds exactly Mandeln and Mandelblättchen in the muesli catalog, counted per group', () => {
    let search!: ReturnType<typeof useOptionSearch>;
    mountWith({
      setup() {
        search = useOptionSearch(ref(muesli as unknown as Catalog));
        return () => null;
      },
    });
    expect(search.matches.value).toBeNull();
    search.query.value = 'mandel';
    expect([...search.matches.value!]).toEqual(['mandeln', 'mandelblaettchen']);
    expect(Object.fromEntries(search.counts.value)).toEqual({ 'nuts-seeds': 2 });
    search.query.value = 'almond';
    expect(search.matches.value!.size).toBe(2);
  });
});
