/** Shapes of the rule analysis of a draft catalog (see analyseCatalog in ./index.ts). */
import type { Catalog, LocalizedText, Rule } from '@shared/catalog/types';
import type { MessageParams } from '@shared/i18n/messages';

/** One warning about the rules of a draft, located by a JSON pointer into the catalog. */
export interface AnalysisFinding {
  code: string;
  params: MessageParams;
  message: LocalizedText;
  /** `/options/3`, `/groups/1`, `/rules/7`, or `/rules` for the rules as a whole. */
  pointer: string;
  /** Ids of the rules involved (for a contradiction: the smallest set that causes it). */
  rules: string[];
}

/** A search answer: yes, no, or the node budget ran out. */
export type Answer = boolean | 'unknown';

/** What the checks share: the catalog as analysed, searches over rule subsets, and what earlier checks found. */
export interface AnalysisContext {
  /** The draft with every option in stock: stock changes daily, rules do not. */
  readonly catalog: Catalog;
  readonly rules: readonly Rule[];
  /** Is a valid design possible under `rules` that contains every option in `optionIds`, with `diets` chosen? */
  possible(rules: readonly Rule[], optionIds: readonly string[], diets?: readonly string[]): Answer;
  /** The smallest subset of `rules` (deletion-minimal) under which `impossible` still holds. */
  core(impossible: (rules: readonly Rule[]) => Answer): Rule[] | 'unknown';
  /** Per option id: can some valid design contain it (undefined once the budget ran out)? */
  liveOptions(): Map<string, boolean> | undefined;
  /** Whether no valid design exists at all. */
  unsatisfiable(): Answer;
  ruleIndex(rule: Rule): number;
  /** The rule as a merchandiser reads it, both languages. */
  sentence(rule: Rule): LocalizedText;
  /** Impossibilities caused by two or more rules together, for the contradiction check. */
  readonly conflicts: { rules: Rule[]; what: LocalizedText }[];
  /** True once any search ran out of nodes: the analysis is then incomplete. */
  exhausted(): boolean;
}

export type AnalysisCheck = (ctx: AnalysisContext) => AnalysisFinding[];
