import { describe, expect, test } from 'vitest';
import { mountWith } from '@client/testing/mountWith';
import MerchDraftErrors from './MerchDraftErrors.vue';
import MerchImpact from './MerchImpact.vue';

describe('MerchDraftErrors', () => {
  test('lists every error with its JSON pointer; the whole catalog when the pointer is empty', () => {
    const w = mountWith(MerchDraftErrors, {
      props: {
        errors: [
          {
            source: 'draft:muesli',
            pointer: '/options/3/priceCents',
            message: 'must be >= 0',
            code: 'schema_limit',
            params: { comparison: '>=', limit: 0 },
          },
          { source: 'draft:muesli', pointer: '', message: 'must have property rules', code: 'x', params: {} },
        ],
      },
    });
    const items = w.findAll('[data-testid="merch-error"]');
    expect(items).toHaveLength(2);
    expect(items[0]!.find('code').text()).toBe('/options/3/priceCents');
    expect(items[0]!.text()).toContain('muss >= 0 sein');
    expect(items[1]!.find('code').text()).toBe('(ganzer Katalog)');
    expect(w.find('h2').text()).toBe('2 Fehler');
  });

  test('says so when there is nothing to fix', () => {
    const w = mountWith(MerchDraftErrors, { props: { errors: [] } });
    expect(w.findAll('[data-testid="merch-error"]')).toHaveLength(0);
    expect(w.text()).toContain('Keine Fehler');
  });
});

describe('MerchImpact', () => {
  test('highlights the public designs that would break', () => {
    const w = mountWith(MerchImpact, {
      props: {
        impact: {
          revision: 2,
          checked: 3,
          brokenPublic: 1,
          truncated: false,
          changed: [],
          changedCount: 0,
          cap: 5000,
          asOf: '2026-12-01T11:30:00.000Z',
          broken: [
            {
              designId: 'a',
              name: 'Öffentlich',
              status: 'public',
              catalogVersion: 1,
              errors: [{ code: 'x', message: 'weg' }],
            },
            {
              designId: 'b',
              name: 'Privat',
              status: 'private',
              catalogVersion: 1,
              errors: [{ code: 'x', message: 'weg' }],
            },
          ],
        },
      },
    });
    expect(w.find('[data-testid="merch-broken-a"]').classes()).toContain('merch-impact__public');
    expect(w.find('[data-testid="merch-broken-b"]').classes()).not.toContain('merch-impact__public');
    expect(w.text()).toContain('3 gespeicherte Designs geprüft, 2 wären ungültig (davon 1 öffentlich)');
  });
});
