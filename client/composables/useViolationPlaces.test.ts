import { describe, expect, it } from 'vitest';
import { testCatalog } from '@client/testing/fixtures';
import { placeViolations } from './useViolationPlaces';

describe('placeViolations', () => {
  it('puts each violation next to its group, its text field or the totals', () => {
    const places = placeViolations(testCatalog(), [
      { code: 'group_min', message: 'Wähle eine Basis', ruleId: 'base-required' },
      { code: 'excludes', message: 'passt nicht', options: ['raisins', 'choc'] },
      { code: 'too_long', message: 'zu lang', path: '/texts/dedication' },
      { code: 'capacity_exceeded', message: 'zu schwer', ruleId: 'bag', options: ['oats', 'raisins'] },
    ]);
    expect(places.byGroup.get('base')?.map((v) => v.code)).toEqual(['group_min']);
    expect(places.byGroup.get('fruits')?.map((v) => v.code)).toEqual(['excludes']);
    expect(places.byText.get('dedication')?.map((v) => v.code)).toEqual(['too_long']);
    expect(places.global.map((v) => v.code)).toEqual(['capacity_exceeded']);
  });

  it('follows the place the engine wrote into the path over the options it names', () => {
    const places = placeViolations(testCatalog(), [
      { code: 'excludes', message: 'passt nicht', options: ['raisins'], path: '/totals/raisins-rule' },
      { code: 'group_max', message: 'zu viele', options: ['oats'], path: '/groups/fruits' },
    ]);
    expect(places.global.map((v) => v.code)).toEqual(['excludes']);
    expect(places.byGroup.get('fruits')?.map((v) => v.code)).toEqual(['group_max']);
    expect(places.byGroup.has('base')).toBe(false);
  });
});
