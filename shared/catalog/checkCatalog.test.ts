import { describe, expect, it } from 'vitest';
import minimal from '@tests/fixtures/catalogs/minimal.json';
import { checkCatalog } from './checkCatalog';

/** A broken catalog and every error it must produce (pointer exact, message as a substring). */
interface BrokenFixture {
  description: string;
  catalog: unknown;
  expect: { pointer: string; message?: string }[];
}

// Vite's glob keeps this file free of node:fs, as everything under shared/ must be.
const fixtures = import.meta.glob<BrokenFixture>('@tests/fixtures/catalogs/broken/*.json', {
  eager: true,
  import: 'default',
});
const cases = Object.entries(fixtures).map(([path, fixture]) => ({
  name: path.split('/').pop()!.replace('.json', ''),
  ...fixture,
}));

describe('checkCatalog', () => {
  it('accepts the minimal valid catalog all broken fixtures start from', () => {
    expect(checkCatalog(minimal, 'minimal.json')).toEqual({ ok: true, catalog: minimal });
  });

  it('finds the broken fixtures', () => {
    expect(cases.length).toBeGreaterThanOrEqual(15);
  });

  it.each(cases)('$name: $description', ({ name, catalog, expect: expected }) => {
    const result = checkCatalog(catalog, `${name}.json`);
    if (result.ok) throw new Error(`${name}: expected errors, the catalog passed`);
    // Exactly the expected pointers: a missing one is a blind spot, an extra one is noise.
    expect(result.errors.map((e) => e.pointer).sort()).toEqual(expected.map((e) => e.pointer).sort());
    for (const { pointer, message } of expected) {
      const error = result.errors.find((e) => e.pointer === pointer)!;
      expect(error.source).toBe(`${name}.json`);
      if (message) expect(error.message).toContain(message);
    }
  });

  it('never throws, whatever it is given', () => {
    for (const data of [undefined, null, 0, 'muesli', [], {}, { options: 'x' }, { rules: [null] }]) {
      const result = checkCatalog(data, 'junk');
      expect(result.ok).toBe(false);
    }
  });
});
