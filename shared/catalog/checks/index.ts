/** Every semantic catalog check, in reporting order: a plain list, so adding one is one line. */
import type { CatalogCheck } from './catalogCheck';
import { allowedCharactersCompile, dietTagsUsed, nutritionConsistent } from './content';
import { groupCountReachable, knownCapacityAttributes, quantityGrid, rangesInOrder } from './limits';
import { groupsHaveOptions, knownGroupIds, knownSelectorIds, uniqueIds } from './references';

export type { CatalogCheck };

export const catalogChecks: readonly CatalogCheck[] = [
  uniqueIds,
  knownGroupIds,
  groupsHaveOptions,
  knownSelectorIds,
  rangesInOrder,
  groupCountReachable,
  knownCapacityAttributes,
  quantityGrid,
  allowedCharactersCompile,
  dietTagsUsed,
  nutritionConsistent,
];
