/**
 * Internal shapes of the rule engine. A catalog compiles once into a `Model`: every rule
 * becomes a `Check` over numeric counters that the engine updates incrementally, so the
 * guidance search can add a unit, look at a few counters and undo it in microseconds.
 */
import type { Catalog, CatalogOption, Locale, Rule } from '@shared/catalog/types';
import type { Violation } from '@shared/api';

/** Satisfied; unmet but fixable by adding (a "missing" thing); broken for good. */
export const OK = 0;
export const NEED = 1;
export const DEAD = 2;
export type Status = typeof OK | typeof NEED | typeof DEAD;

/** A design as numbers: quantities per option index plus the counters derived from them. */
export interface State {
  readonly m: Model;
  /** Quantity per option index (0 = not chosen). */
  readonly q: number[];
  /** Quantities the state started from: guidance never goes below them. */
  readonly base: readonly number[];
  /** Counter values. */
  readonly val: Float64Array;
  /** How much every counter could still grow / shrink by adding allowed options (a relaxation). */
  readonly roomPos: Float64Array;
  readonly roomNeg: Float64Array;
  /** 1 when the option may be added at all (in stock, fits the chosen diets). */
  readonly allowed: Uint8Array;
  readonly diets: ReadonlySet<string>;
  /** Chosen options whose quantity is off the min/step grid (only possible in pasted designs). */
  readonly offGrid: readonly number[];
}

/** A compiled rule: status from counters, options that can fix it, texts for shoppers. */
export interface Check {
  readonly ruleId: string;
  status(s: State): Status;
  /** Options whose next unit may fix an unmet (NEED) check; the engine filters the addable ones. */
  fixers(s: State): readonly number[];
  /** Options this check forbids outright under the chosen diets (diet, stock). */
  forbids?(diets: ReadonlySet<string>): readonly number[];
  violations(s: State, locale: Locale): Violation[];
  /** Why adding `option` to `s` breaks this check for good (s is the state before adding). */
  reason(s: State, option: number, locale: Locale): { code: string; message: string };
}

/** Collects counters while rules compile. */
export interface ModelBuilder {
  readonly catalog: Catalog;
  /** The catalog's usable options; option indices point into this list. */
  readonly options: readonly CatalogOption[];
  /** Option indices a selector picks. */
  select(selector: unknown): number[];
  /**
   * Registers a counter Σ coef(i) × (units ? quantity : chosen ? 1 : 0) over `members`
   * and returns its index.
   */
  counter(members: readonly number[], coef: (option: number) => number, units: boolean): number;
  optionName(option: number, locale: Locale): string;
  groupName(groupId: string, locale: Locale): string;
}

/** One rule kind: turns a catalog rule into a check. */
export interface RuleKind<R extends Rule = Rule> {
  readonly kind: R['kind'];
  compile(rule: R, b: ModelBuilder): Check;
}

export interface Model {
  readonly catalog: Catalog;
  readonly n: number;
  readonly ids: readonly string[];
  readonly index: ReadonlyMap<string, number>;
  readonly min: Int32Array;
  readonly max: Int32Array;
  readonly step: Int32Array;
  readonly counterCount: number;
  /** Per option: counters it feeds, with coefficient and whether units or presence count. */
  readonly touchCounter: Int32Array[];
  readonly touchCoef: Float64Array[];
  readonly touchUnits: Uint8Array[];
  readonly checks: readonly Check[];
  /** Per option: indices of the checks whose counters it feeds. */
  readonly checksOf: Int32Array[];
  /** Diet rule ids of the catalog. */
  readonly dietIds: ReadonlySet<string>;
  readonly names: ModelBuilder;
}
