import { describe, expect, it } from 'vitest';
import { mountWith } from '@client/testing/mountWith';
import ConfiguratorStepper from './ConfiguratorStepper.vue';

const props = { quantity: 1, label: 'Haferflocken', canAdd: true, canRemove: true };

describe('ConfiguratorStepper', () => {
  it('emits on − and + and labels both buttons with the option', async () => {
    const w = mountWith(ConfiguratorStepper, { props });
    const plus = w.get('[data-testid="increment"]');
    expect(plus.attributes('aria-label')).toBe('Eine Portion Haferflocken hinzufügen');
    await plus.trigger('click');
    await w.get('[data-testid="decrement"]').trigger('click');
    expect(w.emitted('increment')).toHaveLength(1);
    expect(w.emitted('decrement')).toHaveLength(1);
    expect(w.get('[data-testid="quantity"]').text()).toBe('1');
  });

  it('answers the arrow keys, but not past a disabled side', async () => {
    const w = mountWith(ConfiguratorStepper, { props: { ...props, canAdd: false } });
    await w.get('[role="group"]').trigger('keydown', { key: 'ArrowUp' });
    await w.get('[role="group"]').trigger('keydown', { key: 'ArrowDown' });
    expect(w.emitted('increment')).toBeUndefined();
    expect(w.emitted('decrement')).toHaveLength(1);
    expect(w.get('[data-testid="increment"]').attributes('disabled')).toBeDefined();
  });
});
