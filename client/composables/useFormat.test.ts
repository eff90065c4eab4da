import { afterEach, describe, expect, test } from 'vitest';
import { i18n } from '@client/i18n';
import { useFormat } from './useFormat';

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
