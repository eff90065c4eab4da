import { beforeAll, describe, expect, it } from 'vitest';
import { checkText } from '@server/textFilter/index';
import type { ExternalFigures } from '../external/figures';
import { externalFigures } from '../external/figures';
import { holdoutSet } from './index';

/**
 * The one test that reads the held-out external data (see index.ts). It guards against
 * regressions at the figures measured when it was written; the targets (≤ 10 innocent
 * words per 100k, ≥ 85 % caught) are not met yet, see `npm run bench -- textFilter`.
 * Every held-out word is checked (~180k). Cold, the first run labels the dictionaries (~20 s) and
 * caches them in node_modules/.cache.
 */
describe('text filter on held-out external data', () => {
  let f: ExternalFigures;
  beforeAll(() => {
    f = externalFigures(holdoutSet(), (t) => checkText(t).verdict !== 'allow');
  }, 120_000);

  it('flags few innocent dictionary words (per 100k) and few near-misses and names', () => {
    // Higher than the 50 | 62 before the everyday vocabulary (terms/vocabulary.ts) and the 55 | 82
    // before the adjective endings and y → i forms: by inspection of the DEV part, nearly all the
    // "innocent" words flagged are vulgar words no list names (whoremonger, Kinderschänder,
    // sleazebag) or inflections of words we flag that the labelling does not derive (beschissener,
    // horninesses), see server/textFilter/README.md.
    expect(f.innocentPer100k.de).toBeLessThanOrEqual(64);
    expect(f.innocentPer100k.en).toBeLessThanOrEqual(94);
    expect(f.nearMissFpPct).toBeLessThanOrEqual(1);
    expect(f.namesFpPct).toBeLessThanOrEqual(0.5);
  });
  it('catches offensive list words it was never tuned on', () => {
    expect(f.caughtPct.de).toBeGreaterThanOrEqual(76.5);
    expect(f.caughtPct.en).toBeGreaterThanOrEqual(48.4);
    expect(f.newStemsCaughtPct).toBeGreaterThanOrEqual(38.4);
    expect(f.f1).toBeGreaterThanOrEqual(0.673);
  });
});
