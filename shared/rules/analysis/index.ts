/**
 * analyseCatalog: what the rules of a draft do that a merchandiser did not mean — options
 * no valid design can contain, a diet that leaves nothing, rules that never apply, rules
 * that contradict each other. One check per file, run in this order (contradictions reads
 * what the checks before it found). Pure and fast: the browser runs it as one types.
 */
import type { Catalog } from '@shared/catalog/types';
import { contradictions } from './contradictions';
import { createContext } from './context';
import { deadGroups } from './deadGroups';
import { deadOptions } from './deadOptions';
import { diets } from './diets';
import { incomplete } from './incomplete';
import { neverApplies } from './neverApplies';
import type { AnalysisCheck, AnalysisFinding } from './types';
import { unsatisfiable } from './unsatisfiable';

export type { AnalysisFinding } from './types';

export const ANALYSIS_CHECKS: readonly AnalysisCheck[] = [
  unsatisfiable,
  diets,
  deadGroups,
  deadOptions,
  neverApplies,
  contradictions,
  incomplete,
];

/** Every finding about the rules of `catalog` (a draft that passes checkCatalog); never throws. */
export function analyseCatalog(catalog: Catalog): AnalysisFinding[] {
  try {
    const ctx = createContext(catalog);
    return ANALYSIS_CHECKS.flatMap((check) => check(ctx));
  } catch {
    return [];
  }
}
