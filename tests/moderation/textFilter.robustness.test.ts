import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkText } from '@server/textFilter/index';

/** Junk input never throws, offsets stay in range, and adversarial inputs cannot blow up. */
describe('checkText: robustness', () => {
  const ok = (text: string) => {
    const r = checkText(text);
    for (const m of r.matches) {
      expect(m.start).toBeGreaterThanOrEqual(0);
      expect(m.end).toBeLessThanOrEqual(text.length);
      expect(m.start).toBeLessThan(m.end);
    }
    expect(r.verdict === 'allow').toBe(r.matches.length === 0);
  };
  it('never throws on arbitrary Unicode', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => ok(s)),
      { numRuns: 500 },
    );
  });
  it('never throws on lone surrogates and control characters', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 200 }),
        (s) => ok(s),
      ),
    );
  });
  it('never throws on adversarial mixes of disguise characters', () => {
    const chars = ['f', 'u', 'c', 'k', 'i', 'ß', 'ü', '\u0308', '*', '1', '!', '@', ' ', '.', '\u200B', 'ｆ', 'а', '8'];
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...chars), { maxLength: 400 }).map((a) => a.join('')),
        (s) => ok(s),
      ),
      { numRuns: 300 },
    );
  });
  it('handles 10k-character inputs in linear-ish time', () => {
    const inputs = [
      '*'.repeat(10_000),
      '1i'.repeat(5_000),
      'f*'.repeat(5_000),
      'a '.repeat(5_000),
      'fuck '.repeat(2_000),
      'ü\u0308'.repeat(5_000),
    ];
    for (const text of inputs) {
      const started = performance.now();
      ok(text);
      expect(performance.now() - started).toBeLessThan(2_000); // generous: guards against blow-ups, not a benchmark
    }
  });
  it('empty and whitespace-only texts are allowed', () => {
    expect(checkText('')).toEqual({ verdict: 'allow', matches: [] });
    expect(checkText(' \n\t ').verdict).toBe('allow');
  });
});
