import { describe, expect, test } from 'vitest';
import { avatarColour } from './avatarColour';

/** WCAG relative luminance of an `hsl(h s% l%)` colour. */
function luminance(hsl: string): number {
  const [h, s, l] = hsl.match(/[\d.]+/g)!.map(Number) as [number, number, number];
  const a = (s / 100) * Math.min(l / 100, 1 - l / 100);
  const f = (n: number) => {
    const k = (n + h / 30) % 12;
    return l / 100 - a * Math.max(-1, Math.min(k - 3, 9 - k, 1));
  };
  const lin = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(f(0)) + 0.7152 * lin(f(8)) + 0.0722 * lin(f(4));
}

describe('avatar colours', () => {
  test('white initials have at least 4.5:1 on every avatar (2,000 ids)', () => {
    const worst = Math.min(
      ...Array.from({ length: 2000 }, (_, i) => 1.05 / (luminance(avatarColour(`person-${i}-${i * 7919}`)) + 0.05)),
    );
    expect(worst).toBeGreaterThanOrEqual(4.5);
  });

  test('one person keeps one colour', () => {
    expect(avatarColour('abc')).toBe(avatarColour('abc'));
    expect(avatarColour('abc')).not.toBe(avatarColour('abd'));
  });
});
