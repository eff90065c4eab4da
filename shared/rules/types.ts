/**
 * Internal shapes of the rule engine. A catalog compiles once into a `Model`: every rule
 * becomes a `Check` over numeric counters that the engine updates incrementally, so the
 * guidance search can add a unit, look at a few counters and undo it in microseconds.
 */
import type { Catalog, CatalogOption, Locale, LocalizedText, Rule } from '@shared/catalog/types';
import type { Violation } from '@shared/api';
import type { MessageTable } from '@shared/i18n/messages';
import type { RuleCode } from '@shared/i18n/ruleMessages';
import type { CatalogNames } from './describe/catalogNames';

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
  reason(s: State, option: number, locale: Locale): { code: RuleCode; message: string };
  /** How much of the limit `s` uses (a capacity bar: 420 of 575 g); absent for yes/no rules. */
  usage?(s: State): Usage;
}

/** How much of a numeric limit a design uses. */
export interface Usage {
  value: number;
  min?: number;
  max?: number;
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

/** What a rule builder form asks for one parameter of a rule. */
export type RuleParamType = 'number' | 'option' | 'group' | 'selector' | 'attribute' | 'tag' | 'text';

export interface RuleParam {
  /** The rule's property this parameter fills (`min`, `group`, `anyOf` …). */
  readonly name: string;
  readonly type: RuleParamType;
  readonly label: LocalizedText;
  readonly required: boolean;
  /** An array of this type (`requires.anyOf`). */
  readonly list?: boolean;
  /** A text in both shop languages (`{de, en}`). */
  readonly localized?: boolean;
  /** Numbers: whole numbers only, and their bounds. */
  readonly integer?: boolean;
  readonly min?: number;
  readonly max?: number;
}

/** The form of one rule kind: its name, a one-line explanation and its parameters (besides `id`). */
export interface RuleForm {
  readonly label: LocalizedText;
  readonly help: LocalizedText;
  readonly params: readonly RuleParam[];
}

/**
 * One rule kind, complete: how it compiles into a check, its messages, how a merchandiser
 * reads it, the form that edits it, and where its violations are shown.
 */
export interface RuleKind<R extends Rule = Rule, M extends MessageTable = MessageTable> {
  readonly kind: R['kind'];
  compile(rule: R, b: ModelBuilder): Check;
  /** Every code its checks report, German and English. */
  readonly messages: M;
  readonly form: RuleForm;
  /** The rule as one sentence ("Höchstens 5 aus Früchte"). */
  describe(rule: R, names: CatalogNames, locale: Locale): string;
  /**
   * Where a violation belongs in the configurator (`/groups/<id>`, `/totals/<ruleId>`);
   * undefined: where its options are (one group), else at the totals.
   */
  place(rule: R): string | undefined;
  /** Starts a small design this rule stops (the engine completes it by the other rules). */
  example(rule: R, x: ExampleBuilder): void;
}

/** What a kind's `example` may do while it builds a design its rule stops. */
export interface ExampleBuilder {
  readonly options: readonly CatalogOption[];
  select(selector: unknown): number[];
  /** Adds option `i` at `quantity` (default its minimum) unless that breaks another rule for good. */
  add(i: number, quantity?: number): boolean;
  remove(i: number): void;
  /** The completion by the other rules will not add these. */
  avoid(list: readonly number[]): void;
  maxOf(i: number): number;
  /** The example chooses this diet. */
  choose(diet: string): void;
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
