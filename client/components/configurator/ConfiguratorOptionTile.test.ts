import { beforeEach, describe, expect, it } from 'vitest';
import { setLocale } from '@client/i18n';
import { mountWith } from '@client/testing/mountWith';
import { option } from '@client/testing/fixtures';
import ConfiguratorOptionTile from './ConfiguratorOptionTile.vue';

const bagFull = { available: false, reason: 'Der Beutel ist voll (575 g).' };

describe('ConfiguratorOptionTile', () => {
  beforeEach(() => setLocale('de'));

  it('shows name, price per portion, weight, tags and allergens', () => {
    const w = mountWith(ConfiguratorOptionTile, {
      props: { option: option('oats', { allergens: ['gluten', 'nuts'], tags: ['vegan', 'organic'] }), quantity: 0 },
    });
    const text = w.text();
    expect(text).toContain('Zutat oats');
    expect(text).toContain('1,20\u00a0€');
    expect(text).toContain('50 g');
    expect(text).toContain('vegan');
    expect(text).toContain('Bio');
    expect(text).toContain('Enthält: Gluten, Schalenfrüchte');
  });

  it('greys out an unavailable option, disables + and shows the reason to everyone', () => {
    const w = mountWith(ConfiguratorOptionTile, { props: { option: option('nuts'), quantity: 0, ...bagFull } });
    const tile = w.get('[data-testid="option-nuts"]');
    expect(tile.attributes('aria-disabled')).toBe('true');
    expect(tile.classes()).toContain('tile--unavailable');
    const plus = w.get('[data-testid="increment"]');
    expect(plus.attributes('disabled')).toBeDefined();
    const reason = w.get('[data-testid="reason"]');
    expect(reason.text()).toBe('Der Beutel ist voll (575 g).');
    expect(reason.attributes('role')).toBe('tooltip');
    // The + button and the "why?" button are described by the reason, so it is read on focus.
    expect(plus.attributes('aria-describedby')).toBe(reason.attributes('id'));
  });

  it('keeps a chosen option at its limit in colour: + disabled with the reason, − still works', () => {
    const w = mountWith(ConfiguratorOptionTile, { props: { option: option('nuts'), quantity: 2, ...bagFull } });
    const tile = w.get('[data-testid="option-nuts"]');
    expect(tile.attributes('aria-disabled')).toBe('false');
    expect(tile.classes()).not.toContain('tile--unavailable');
    expect(w.get('[data-testid="increment"]').attributes('disabled')).toBeDefined();
    expect(w.get('[data-testid="decrement"]').attributes('disabled')).toBeUndefined();
    expect(w.get('[data-testid="reason"]').text()).toContain('Beutel');
  });

  it('opens the reason on tap', async () => {
    const w = mountWith(ConfiguratorOptionTile, { props: { option: option('nuts'), quantity: 0, ...bagFull } });
    const toggle = w.get('[data-testid="reason-toggle"]');
    expect(toggle.attributes('aria-expanded')).toBe('false');
    await toggle.trigger('click');
    expect(toggle.attributes('aria-expanded')).toBe('true');
  });

  it('emits increment and decrement from the stepper', async () => {
    const w = mountWith(ConfiguratorOptionTile, {
      props: { option: option('oats'), quantity: 2, available: true },
    });
    expect(w.find('[data-testid="reason"]').exists()).toBe(false);
    await w.get('[data-testid="increment"]').trigger('click');
    await w.get('[data-testid="decrement"]').trigger('click');
    expect(w.emitted('increment')).toHaveLength(1);
    expect(w.emitted('decrement')).toHaveLength(1);
  });

  it('picks with one button in a single-choice group', async () => {
    const w = mountWith(ConfiguratorOptionTile, { props: { option: option('serif'), quantity: 0, choice: true } });
    const btn = w.get('[data-testid="choose"]');
    expect(btn.attributes('aria-pressed')).toBe('false');
    await btn.trigger('click');
    expect(w.emitted('choose')).toHaveLength(1);
  });
});
