import { afterEach, describe, expect, it } from 'vitest';
import { setLocale } from '@client/i18n';
import { mountWith } from '@client/testing/mountWith';
import ConfiguratorTotals from './ConfiguratorTotals.vue';

const totals = { priceCents: 1234, weightGrams: 420, nutritionPer100g: null, allergens: [], commonTags: [], units: 5 };
const capacities = [{ id: 'bag', label: { de: 'Beutel', en: 'bag' }, unit: 'g', value: 420, max: 575 }];

describe('ConfiguratorTotals', () => {
  afterEach(() => setLocale('de'));

  it('formats the price in euro for German', () => {
    setLocale('de');
    const w = mountWith(ConfiguratorTotals, { props: { totals, capacities } });
    expect(w.get('[data-testid="total-price"]').text()).toBe('12,34\u00a0€');
    expect(w.get('[data-testid="total-weight"]').text()).toBe('420 g');
    const meter = w.get('[role="meter"]');
    expect(meter.attributes('aria-valuenow')).toBe('420');
    expect(meter.attributes('aria-valuemax')).toBe('575');
    expect(w.text()).toContain('420 g von 575 g');
  });

  it('formats the price in euro for English', async () => {
    setLocale('en');
    const w = mountWith(ConfiguratorTotals, { props: { totals, capacities } });
    expect(w.get('[data-testid="total-price"]').text()).toBe('€12.34');
    expect(w.text()).toContain('420 g of 575 g');
  });
});
