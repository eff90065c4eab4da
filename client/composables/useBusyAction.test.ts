import { describe, expect, test } from 'vitest';
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
});
