import { describe, expect, it } from 'vitest';
import { catalogErrorText, hasCatalogMessage } from './catalogMessages';
import { checkCatalog } from './checkCatalog';

const fixtures = import.meta.glob<{ catalog: unknown }>('@tests/fixtures/catalogs/broken/*.json', {
  eager: true,
  import: 'default',
});

describe('catalog errors in both languages', () => {
  const errors = Object.values(fixtures).flatMap(({ catalog }) => {
    const result = checkCatalog(catalog, 'fixture');
    return result.ok ? [] : result.errors;
  });

  it('every error of every broken fixture has a known code, German words and its English message', () => {
    expect(errors.length).toBeGreaterThan(15);
    for (const error of errors) {
      expect(hasCatalogMessage(error.code), error.code).toBe(true);
      expect(catalogErrorText(error, 'en')).toBe(error.message);
      expect(catalogErrorText(error, 'de'), error.code).not.toBe(error.message);
    }
  });

  it('words params into the German text', () => {
    const text = catalogErrorText(
      { code: 'duplicate_id', params: { id: 'oats', first: '/options/0' }, message: 'x' },
      'de',
    );
    expect(text).toBe('doppelte ID „oats“, zuerst bei /options/0');
  });

  it('falls back to the message for an unknown code', () => {
    expect(catalogErrorText({ code: 'nope', params: {}, message: 'as sent' }, 'de')).toBe('as sent');
  });
});
