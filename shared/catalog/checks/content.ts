/** Checks on the content of fields: regex syntax, diet tags, plausible nutrition. */
import { finding } from '../catalogMessages';
import { jsonPointer as at } from '../jsonPointer';
import type { CatalogFinding } from '../schemaFindings';
import type { CatalogCheck } from './catalogCheck';

/** allowedCharacters must compile as a unicode-mode JavaScript regex, as the rule engine uses it. */
export const allowedCharactersCompile: CatalogCheck = ({ textFields }) =>
  textFields.flatMap((f, i) => {
    if (f.allowedCharacters === undefined) return [];
    try {
      new RegExp(f.allowedCharacters, 'u');
      return [];
    } catch (error) {
      return [finding(at('textFields', i, 'allowedCharacters'), 'regex_invalid', { detail: (error as Error).message })];
    }
  });

/** A diet whose tag no option carries would forbid every option, surely a typo. */
export const dietTagsUsed: CatalogCheck = ({ rules, options }) => {
  const tags = new Set(options.flatMap((o) => o.tags));
  return rules.flatMap((rule, i) =>
    rule.kind === 'diet' && !tags.has(rule.tag)
      ? [finding(at('rules', i, 'tag'), 'diet_tag_unused', { tag: rule.tag })]
      : [],
  );
};

/**
 * Catches typical data-entry slips in nutrition (values per portion instead of per 100 g,
 * swapped columns): saturates within fat, sugars within carbohydrate, kJ = 4.184 × kcal.
 */
export const nutritionConsistent: CatalogCheck = ({ options }) =>
  options.flatMap((o, i) => {
    const n = o.nutrition;
    if (!n) return [];
    const found: CatalogFinding[] = [];
    if (n.saturates > n.fat)
      found.push(
        finding(at('options', i, 'nutrition', 'saturates'), 'nutrition_saturates', {
          saturates: n.saturates,
          fat: n.fat,
        }),
      );
    if (n.sugars > n.carbohydrate)
      found.push(
        finding(at('options', i, 'nutrition', 'sugars'), 'nutrition_sugars', {
          sugars: n.sugars,
          carbohydrate: n.carbohydrate,
        }),
      );
    const expectedKj = n.energyKcal * 4.184;
    if (Math.abs(n.energyKj - expectedKj) > Math.max(5, expectedKj * 0.02)) {
      const params = { energyKj: n.energyKj, energyKcal: n.energyKcal, expected: Math.round(expectedKj) };
      found.push(finding(at('options', i, 'nutrition', 'energyKj'), 'nutrition_energy', params));
    }
    return found;
  });
