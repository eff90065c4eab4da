/** Checks that limits can be met: ranges in order, reachable minimums, known attributes. */
import { finding } from '../catalogMessages';
import { jsonPointer as at } from '../jsonPointer';
import { NUTRIENTS, quantityLimits } from '../types';
import type { CatalogCheck } from './catalogCheck';

/** A range whose max is below its min can never be met. */
export const rangesInOrder: CatalogCheck = ({ rules, textFields }) => [
  ...rules.flatMap((rule, i) =>
    (rule.kind === 'groupCount' || rule.kind === 'capacity') &&
    rule.min !== undefined &&
    rule.max !== undefined &&
    rule.min > rule.max
      ? [finding(at('rules', i, 'max'), 'range_order', { min: rule.min, max: rule.max })]
      : [],
  ),
  ...textFields.flatMap((f, i) =>
    f.minLength !== undefined && f.minLength > f.maxLength
      ? [
          finding(at('textFields', i, 'maxLength'), 'text_length_order', {
            minLength: f.minLength,
            maxLength: f.maxLength,
          }),
        ]
      : [],
  ),
];

/**
 * A groupCount minimum above the group's size is a dead end for every shopper. An unknown
 * group is skipped: knownSelectorIds reports it, and one mistake should give one error.
 */
export const groupCountReachable: CatalogCheck = ({ rules, options, groups }) =>
  rules.flatMap((rule, i) => {
    if (rule.kind !== 'groupCount' || rule.min === undefined) return [];
    if (!groups.some((g) => g.id === rule.group)) return [];
    const size = options.filter((o) => o.groupId === rule.group).length;
    return rule.min > size
      ? [finding(at('rules', i, 'min'), 'group_min_unreachable', { min: rule.min, size, group: rule.group })]
      : [];
  });

/** A capacity rule sums an attribute that means something: built-in, nutrient, or one some option has. */
export const knownCapacityAttributes: CatalogCheck = ({ rules, options }) => {
  const known = new Set<string>(['weightGrams', 'priceCents', 'quantity', ...NUTRIENTS]);
  for (const o of options) Object.keys(o.attributes ?? {}).forEach((key) => known.add(key));
  return rules.flatMap((rule, i) =>
    rule.kind === 'capacity' && !known.has(rule.attribute)
      ? [finding(at('rules', i, 'attribute'), 'unknown_attribute', { attribute: rule.attribute })]
      : [],
  );
};

/** Quantities run from min to max in whole steps (defaults filled in), so max itself is reachable. */
export const quantityGrid: CatalogCheck = ({ options }) =>
  options.flatMap((o, i) => {
    const { min, max, step } = quantityLimits(o);
    const field = o.quantity?.max !== undefined ? 'max' : 'min';
    if (min > max) return [finding(at('options', i, 'quantity', field), 'quantity_order', { min, max })];
    if ((max - min) % step !== 0) {
      return [finding(at('options', i, 'quantity', 'step'), 'quantity_step', { step, min, max })];
    }
    return [];
  });
