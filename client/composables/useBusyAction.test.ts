import { createPinia, setActivePinia } from 'pinia';
import { describe, expect, test } from 'vitest';
import { useToastStore } from '@client/stores/useToastStore';
import { useBusyAction } from './useBusyAction';

describe('useBusyAction', () => {
  test('busy while the action runs; its result; no error', async () => {
    const { busy, error, run } = useBusyAction();
    let during = false;
    const result = await run(async () => {
      during = busy.value;
      return 42;
    });
    expect([during, busy.value, result, error.value]).toEqual([true, false, 42, '']);
  });

  test('a failure leaves its message and undefined; the next run clears it', async () => {
    const { busy, error, run } = useBusyAction();
    const result = await run(() => Promise.reject(new Error('Netz weg')));
    expect([result, busy.value, error.value]).toEqual([undefined, false, 'Netz weg']);
    await run(async () => 1);
    expect(error.value).toBe('');
  });

  test('its own sentence for a failure, said in a toast when asked; null says nothing', async () => {
    setActivePinia(createPinia());
    const toasts = useToastStore();
    const inToast = useBusyAction({ toast: true, message: (e) => `Abstimmen ging nicht (${String(e)})` });
    await inToast.run(() => Promise.reject('offline'));
    expect([inToast.error.value, toasts.toasts.map((t) => [t.kind, t.text])]).toEqual([
      '',
      [['error', 'Abstimmen ging nicht (offline)']],
    ]);
    const handled = useBusyAction({ message: () => null });
    expect(await handled.run(() => Promise.reject(new Error('409')))).toBeUndefined();
    expect([handled.error.value, handled.busy.value, toasts.toasts.length]).toEqual(['', false, 1]);
  });
});
