import { describe, expect, it } from 'vitest';
import { DEV_AUDIT, DEV_MISS_AUDIT } from './external/devAudit';
import { externalSet } from './external/figures';
import { partOf } from './external/split';

/** Every word of the reading's classes once, and each a dev-part word of `labelled`. */
function expectClassesWithin(labelled: string[], classes: string[][]): void {
  const words = new Set(labelled);
  const all = classes.flat();
  expect(new Set(all).size).toBe(all.length);
  for (const w of all) {
    expect(partOf(w), w).toBe('dev');
    expect(words.has(w), w).toBe(true);
  }
}

/** The reading of the dev part's flagged "innocent" words (external/devAudit.ts). */
describe('dev audit of the innocent words flagged', () => {
  const set = externalSet('dev');

  it.each(['de', 'en'] as const)('%s: only dev-part words the labelling calls innocent, each in one class', (lang) => {
    const { innocent, vulgar, debatable } = DEV_AUDIT[lang];
    expectClassesWithin(set.innocent[lang], [innocent, vulgar, debatable]);
  });

  it.each(['de', 'en'] as const)(
    '%s misses: only dev-part words the labelling calls offensive, each in one class',
    (lang) => {
      const { offensive, innocent, debatable } = DEV_MISS_AUDIT[lang];
      expectClassesWithin(set.offensive[lang], [offensive, innocent, debatable]);
    },
  );
});
