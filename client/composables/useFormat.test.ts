import { afterEach, describe, expect, test } from 'vitest';
import { i18n } from '@client/i18n';
import { formatEuros, useFormat } from './useFormat';

describe('useFormat.dateTime', () => {
  afterEach(() => (i18n.global.locale.value = 'de'));
  test('writes a moment as the UI language does, not as the browser default (en-US)', () => {
    const { dateTime } = useFormat();
    const iso = '2026-12-01T09:05:00Z';
    const local = new Date(iso);
    const hh = String(local.getHours()).padStart(2, '0');
    i18n.global.locale.value = 'de';
    expect(dateTime(iso)).toBe(`01.12.2026, ${hh}:05`);
    i18n.global.locale.value = 'en';
    expect(dateTime(iso)).toBe(`1 Dec 2026, ${hh}:05`);
  });
});

describe('useFormat: days, plain numbers and amounts', () => {
  afterEach(() => (i18n.global.locale.value = 'de'));
  test('follow the UI language too', () => {
    const { date, decimal } = useFormat();
    const day = new Date(2026, 11, 1, 12);
    i18n.global.locale.value = 'de';
    expect([date(day), decimal(1250.5), formatEuros(120, 'de')]).toEqual(['01.12.2026', '1.250,5', '1,20']);
    i18n.global.locale.value = 'en';
    expect([date(day), decimal(1250.5), formatEuros(120, 'en')]).toEqual(['1 Dec 2026', '1,250.5', '1.20']);
  });
});
