/**
 * The rule builder's logic, apart from its components: what a form field's value is wrong
 * about (required, numbers, bounds, min ≤ max), what the shared catalog check says about the
 * rule in its place, the rule as it is stored (empty optional fields dropped), and the
 * RFC 6902 operations that put it into the draft.
 */
import { catalogErrorText } from '@shared/catalog/catalogMessages';
import { checkCatalog } from '@shared/catalog/checkCatalog';
import type { Catalog, DesignDraft, Locale, Rule } from '@shared/catalog/types';
import { localized } from '@shared/i18n/messages';
import type { CatalogPatchOperation as Op } from '@shared/merch/applyCatalogPatch';
import type { RuleForm, RuleParam } from '@shared/rules';

/** A rule while it is edited: numbers may be NaN (typed but not a number), selectors half-chosen. */
export type RuleDraft = { kind: Rule['kind']; id: string } & Record<string, unknown>;

/** A problem of one field, as a key under `merchRules.field` and its parameters. */
export interface FieldProblem {
  key: 'required' | 'number' | 'wholeNumber' | 'atLeast' | 'atMost' | 'minAboveMax';
  params?: Record<string, number>;
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object';

/** Whether a value counts as not given (an optional field left out). */
export function isEmpty(param: RuleParam, v: unknown): boolean {
  if (v === undefined || v === null || v === '') return true;
  if (param.list) return !Array.isArray(v) || v.length === 0 || v.every((x) => isEmpty({ ...param, list: false }, x));
  if (param.type === 'selector') return !isObject(v) || Object.values(v).every((x) => x === '' || x === undefined);
  if (param.localized) return !isObject(v) || (!v.de && !v.en);
  return false;
}

function oneProblem(param: RuleParam, v: unknown): FieldProblem | undefined {
  if (isEmpty(param, v)) return param.required ? { key: 'required' } : undefined;
  if (param.list && Array.isArray(v)) {
    const one = { ...param, list: false, required: true };
    return v.map((x) => oneProblem(one, x)).find(Boolean);
  }
  if (param.type === 'selector' && isObject(v) && Object.values(v).some((x) => x === '')) return { key: 'required' };
  if (param.localized && isObject(v) && (!v.de || !v.en)) return { key: 'required' };
  if (param.type === 'number') {
    if (typeof v !== 'number' || !Number.isFinite(v)) return { key: 'number' };
    if (param.integer && !Number.isInteger(v)) return { key: 'wholeNumber' };
    if (param.min !== undefined && v < param.min) return { key: 'atLeast', params: { min: param.min } };
    if (param.max !== undefined && v > param.max) return { key: 'atMost', params: { max: param.max } };
  }
  return undefined;
}

/** The form's own checks, by parameter name (only names with a problem appear). */
export function fieldProblems(rule: RuleDraft, form: RuleForm): Record<string, FieldProblem> {
  const found: Record<string, FieldProblem> = {};
  for (const p of form.params) {
    const problem = oneProblem(p, rule[p.name]);
    if (problem) found[p.name] = problem;
  }
  const { min, max } = rule;
  if (!found.min && !found.max && typeof min === 'number' && typeof max === 'number' && min > max)
    found.max = { key: 'minAboveMax' };
  return found;
}

/** The rule as it is stored: optional fields left empty are dropped. */
export function storedRule(rule: RuleDraft, form: RuleForm): Rule {
  const out: Record<string, unknown> = { ...rule };
  for (const p of form.params) if (isEmpty(p, rule[p.name])) delete out[p.name];
  return out as unknown as Rule;
}

/** Whether a selector is half-chosen (`{option: ''}`) or missing. */
export const isIncompleteSelector = (v: unknown): boolean =>
  !isObject(v) || Object.values(v).length === 0 || Object.values(v).some((x) => x === '' || x === undefined);

/**
 * The rule as far as it can be read while it is typed: numbers that are not numbers yet and
 * half-chosen selectors are left out, so the sentence never says "NaN" or ends in "or".
 */
export function readableRule(rule: RuleDraft, form: RuleForm): Rule {
  const out: Record<string, unknown> = { ...storedRule(rule, form) };
  for (const p of form.params) {
    const v = out[p.name];
    if (p.type === 'number' && Number.isNaN(v)) delete out[p.name];
    else if (p.type === 'selector' && p.list && Array.isArray(v))
      out[p.name] = v.filter((x) => !isIncompleteSelector(x));
    else if (p.type === 'selector' && v !== undefined && isIncompleteSelector(v)) delete out[p.name];
  }
  return out as unknown as Rule;
}

/** The draft with `rule` at `index` (null: appended): what the catalog would be once it is applied. */
export function withRule(draft: Catalog, index: number | null, rule: Rule): Catalog {
  const rules = Array.isArray(draft.rules) ? [...draft.rules] : [];
  if (index === null) rules.push(rule);
  else rules[index] = rule;
  return { ...draft, rules };
}

/**
 * What the shared catalog check says about the rule in its place, by parameter name
 * (`''`: the rule as a whole), in `locale`; errors elsewhere in the draft are not the form's.
 */
export function catalogProblems(candidate: Catalog, index: number, locale: Locale): Record<string, string[]> {
  const result = checkCatalog(candidate, 'rule-builder');
  if (result.ok) return {};
  const base = `/rules/${index}`;
  const found: Record<string, string[]> = {};
  for (const e of result.errors) {
    if (e.pointer !== base && !e.pointer.startsWith(`${base}/`)) continue;
    const param = e.pointer.slice(base.length + 1).split('/')[0] ?? '';
    (found[param] ??= []).push(catalogErrorText(e, locale));
  }
  return found;
}

/** The operations that put `rule` into the draft: replace at `index`, or append. */
export const rulePatch = (index: number | null, rule: Rule): Op[] =>
  index === null
    ? [{ op: 'add', path: '/rules/-', value: rule }]
    : [{ op: 'replace', path: `/rules/${index}`, value: rule }];

/** "2 × Haferflocken, 1 × Apfelstücke": a design's selections as a merchandiser reads them. */
export function selectionsText(design: DesignDraft, catalog: Catalog, locale: Locale): string[] {
  const byId = new Map(catalog.options.map((o) => [o.id, o]));
  return design.selections.map((s) => `${s.quantity} × ${localized(byId.get(s.optionId)?.name, locale) || s.optionId}`);
}
