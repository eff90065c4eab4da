/**
 * Proof (d): one JSON fixture per rule kind and for the built-ins (tests/fixtures/rules):
 * a catalog, designs, the codes evaluate must report, and optionally what guidance says.
 */
import { describe, expect, it } from 'vitest';
import type { Catalog } from '@shared/catalog/types';
import { evaluate, guidance } from '@shared/rules';
import { RULE_MESSAGE_CODES } from '@shared/i18n/ruleMessages';

interface Fixture {
  catalog: Catalog;
  cases: {
    name: string;
    design: unknown;
    expected: string[];
    guidance?: { missing?: string[]; errors?: string[]; available?: string[]; unavailable?: Record<string, string[]> };
  }[];
}

const files = import.meta.glob<Fixture>('../fixtures/rules/*.json', { eager: true, import: 'default' });

describe.each(Object.entries(files))('%s', (_file, fixture) => {
  it.each(fixture.cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    for (const locale of ['de', 'en'] as const) {
      const violations = evaluate(fixture.catalog, c.design, locale);
      expect(violations.map((v) => v.code)).toEqual(c.expected);
      for (const v of violations) expect(RULE_MESSAGE_CODES).toContain(v.code);
      expect(violations.every((v) => v.message.length > 0)).toBe(true);
    }
    if (!c.guidance) return;
    const g = guidance(fixture.catalog, c.design, 'en');
    if (c.guidance.missing) expect(g.missing.map((v) => v.code)).toEqual(c.guidance.missing);
    if (c.guidance.errors) expect(g.errors.map((v) => v.code)).toEqual(c.guidance.errors);
    for (const id of c.guidance.available ?? []) expect(g.options[id], id).toEqual({ available: true, reasons: [] });
    for (const [id, codes] of Object.entries(c.guidance.unavailable ?? {})) {
      expect(g.options[id].available, id).toBe(false);
      expect(
        g.options[id].reasons.map((r) => r.code),
        id,
      ).toEqual(codes);
    }
  });
});
