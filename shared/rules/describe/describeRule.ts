/**
 * A rule as a merchandiser reads it, and the form that edits it: the rule builder shows
 * every rule as one sentence ("Höchstens 5 aus Früchte", "Beutel: 150–575 g") and renders a
 * form per kind from the kind's parameter list.
 */
import type { Catalog, Locale, Rule } from '@shared/catalog/types';
import { RULE_KINDS } from '../kinds';
import type { RuleForm, RuleKind } from '../types';
import { catalogNames } from './catalogNames';

const KINDS = /* @__PURE__ */ new Map<string, RuleKind>(RULE_KINDS.map((k) => [k.kind, k as RuleKind]));

/** The rule as one sentence in German or English; never throws (an unreadable rule reads as its id). */
export function describeRule(rule: Rule, catalog: Catalog, locale: Locale = 'de'): string {
  const kind = rule && KINDS.get(rule.kind);
  try {
    if (kind) return kind.describe(rule, catalogNames(catalog), locale);
  } catch {
    // a half-edited rule in the builder: fall through to its id
  }
  return String(rule?.id ?? '?');
}

/** The form of every rule kind, keyed by kind (`groupCount`, `capacity`, …). */
export const RULE_FORMS: Readonly<Record<Rule['kind'], RuleForm>> = /* @__PURE__ */ Object.fromEntries(
  RULE_KINDS.map((k) => [k.kind, k.form]),
) as Record<Rule['kind'], RuleForm>;

/** The form of one kind; undefined for a kind the engine does not know. */
export function ruleForm(kind: string): RuleForm | undefined {
  return KINDS.get(kind)?.form;
}
