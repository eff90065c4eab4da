/** reachableValid: can additions alone turn this design into a valid one (texts aside)? */
import type { Catalog } from '@shared/catalog/types';
import { parseDesign } from './builtins/selections';
import { compileModel } from './model';
import { completes } from './search';
import { createState } from './state';

/**
 * True when some valid design (ignoring texts) is reachable from `design` by adding options
 * and raising quantities only. The ground truth guidance answers per option; exported for tests.
 */
export function reachableValid(catalog: Catalog, design: unknown): boolean {
  try {
    const m = compileModel(catalog);
    const parsed = parseDesign(m, design, 'de');
    return parsed.structural.length === 0 && completes(createState(m, parsed.quantities, parsed.diets), new Set());
  } catch {
    return false;
  }
}

/** The same question for quantities per option index (repair asks it many times). */
export function quantitiesComplete(
  catalog: Catalog,
  quantities: readonly number[],
  diets: ReadonlySet<string>,
): boolean {
  return completes(createState(compileModel(catalog), quantities, diets), new Set());
}
