import { describe, expect, it } from 'vitest';
import { checkText } from '@server/textFilter/index';
import { loadLabelled, score } from './labelled';

/** Accuracy on our labelled set (an accuracy assertion, not a timing one). */
describe('text filter accuracy on tests/moderation/labelled.json', () => {
  const entries = loadLabelled();
  const flagged = (text: string) => checkText(text).verdict !== 'allow';

  it('has a sizeable German and English set with a ~30% holdout', () => {
    expect(entries.length).toBeGreaterThanOrEqual(600);
    expect(entries.some((e) => e.lang === 'de') && entries.some((e) => e.lang === 'en')).toBe(true);
    const holdout = entries.filter((e) => e.split === 'holdout').length / entries.length;
    expect(holdout).toBeGreaterThan(0.25);
    expect(holdout).toBeLessThan(0.35);
  });

  it.each(['all', 'dev', 'holdout'] as const)(
    '%s: F1 >= 0.95 overall and per language, near-miss FP <= 2%%',
    (split) => {
      const s = score(split === 'all' ? entries : entries.filter((e) => e.split === split), flagged);
      expect(s.f1).toBeGreaterThanOrEqual(0.95);
      expect(s.f1De).toBeGreaterThanOrEqual(0.95);
      expect(s.f1En).toBeGreaterThanOrEqual(0.95);
      expect(s.nearMissFpr).toBeLessThanOrEqual(0.02);
    },
  );
});
