/** Checks on the content of fields: regex syntax, diet tags, plausible nutrition. */
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
      return [
        {
          pointer: at('textFields', i, 'allowedCharacters'),
          message: `is not a valid unicode regular expression: ${(error as Error).message}`,
        },
      ];
    }
  });

/** A diet whose tag no option carries would forbid every option, surely a typo. */
export const dietTagsUsed: CatalogCheck = ({ rules, options }) => {
  const tags = new Set(options.flatMap((o) => o.tags));
  return rules.flatMap((rule, i) =>
    rule.kind === 'diet' && !tags.has(rule.tag)
      ? [{ pointer: at('rules', i, 'tag'), message: `no option carries the tag "${rule.tag}"` }]
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
      found.push({
        pointer: at('options', i, 'nutrition', 'saturates'),
        message: `saturates ${n.saturates} exceed fat ${n.fat}`,
      });
    if (n.sugars > n.carbohydrate)
      found.push({
        pointer: at('options', i, 'nutrition', 'sugars'),
        message: `sugars ${n.sugars} exceed carbohydrate ${n.carbohydrate}`,
      });
    const expectedKj = n.energyKcal * 4.184;
    if (Math.abs(n.energyKj - expectedKj) > Math.max(5, expectedKj * 0.02)) {
      found.push({
        pointer: at('options', i, 'nutrition', 'energyKj'),
        message: `energyKj ${n.energyKj} does not match energyKcal ${n.energyKcal} (expected about ${Math.round(expectedKj)})`,
      });
    }
    return found;
  });
