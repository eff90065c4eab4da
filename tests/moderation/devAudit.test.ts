import { describe, expect, it } from 'vitest';
import { DEV_AUDIT, DEV_MISS_AUDIT } from './external/devAudit';
import { externalSet } from './external/figures';
import { partOf } from './external/split';

/** The reading of the dev part's flagged "innocent" words (external/devAudit.ts). */
describe('dev audit of the innocent words flagged', () => {
  const set = externalSet('dev');

  it.each(['de', 'en'] as const)('%s: only dev-part words the labelling calls innocent, each in one class', (lang) => {
    const innocent = new Set(set.innocent[lang]);
    const { innocent: plain, vulgar, debatable } = DEV_AUDIT[lang];
    const all = [...plain, ...vulgar, ...debatable];
    expect(new Set(all).size).toBe(all.length);
    for (const w of all) {
      expect(partOf(w), w).toBe('dev');
      expect(innocent.has(w), w).toBe(true);
    }
  });

  it.each(['de', 'en'] as const)(
    '%s misses: only dev-part words the labelling calls offensive, each in one class',
    (lang) => {
      const offensive = new Set(set.offensive[lang]);
      const { offensive: real, innocent, debatable } = DEV_MISS_AUDIT[lang];
      const all = [...real, ...innocent, ...debatable];
      expect(new Set(all).size).toBe(all.length);
      for (const w of all) {
        expect(partOf(w), w).toBe('dev');
        expect(offensive.has(w), w).toBe(true);
      }
    },
  );
});
