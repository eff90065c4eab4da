/**
 * Rules that can never apply: what they forbid never happens in a design the other rules
 * allow (an excludes whose sides never meet, a requires whose trigger is never chosen), or
 * their limits lie beyond anything the options can reach.
 */
import type { CapacityRule, DietRule, ExcludesRule, GroupCountRule, RequiresRule, Rule } from '@shared/catalog/types';
import { jsonPointer } from '@shared/catalog/jsonPointer';
import type { MessageTable } from '@shared/i18n/messages';
import { attributeValue } from '../attributeValue';
import { compileModel } from '../model';
import { findings } from './finding';
import type { AnalysisCheck, AnalysisContext, Answer } from './types';

const messages = {
  rule_never_applies: {
    de: (p) =>
      `Die Regel „${p.sentenceDe}“ greift nie: ${p.why === 'limits' ? 'ihre Grenzen werden nie erreicht' : 'der Fall kommt in keiner gültigen Gestaltung vor'}`,
    en: (p) =>
      `The rule “${p.sentenceEn}” never applies: ${p.why === 'limits' ? 'its limits are never reached' : 'its case never occurs in a valid design'}`,
  },
} satisfies MessageTable;
const finding = /* @__PURE__ */ findings(messages);

/** More pairs than this and the excludes check is skipped rather than slow. */
const MAX_PAIRS = 400;

type Never = (rule: never, ctx: AnalysisContext, others: Rule[]) => Answer;
const select = (ctx: AnalysisContext, selector: unknown) => compileModel(ctx.catalog).names.select(selector);
const idsOf = (ctx: AnalysisContext, list: number[]) => list.map((i) => compileModel(ctx.catalog).ids[i]);
/** True when no pair of options passes `possible`; unknown as soon as one search is. */
function noneTogether(ctx: AnalysisContext, others: Rule[], pairs: string[][]): Answer {
  let answer: Answer = true;
  for (const pair of pairs) {
    const one = ctx.possible(others, pair);
    if (one === true) return false;
    if (one === 'unknown') answer = 'unknown';
  }
  return answer;
}

const NEVER: Record<Rule['kind'], Never> = {
  groupCount: (rule: GroupCountRule, ctx) =>
    (rule.min ?? 0) <= 0 && (rule.max === undefined || rule.max >= select(ctx, { group: rule.group }).length),
  capacity(rule: CapacityRule, ctx) {
    const m = compileModel(ctx.catalog);
    const members = rule.scope ? select(ctx, rule.scope) : m.ids.map((_, i) => i);
    let up = 0,
      down = 0;
    for (const i of members) {
      const v = attributeValue(m.names.options[i], rule.attribute) * m.max[i];
      if (v > 0) up += v;
      else down += v;
    }
    return (rule.min === undefined || rule.min <= down) && (rule.max === undefined || rule.max >= up);
  },
  excludes(rule: ExcludesRule, ctx, others) {
    const a = idsOf(ctx, select(ctx, rule.a));
    const b = idsOf(ctx, select(ctx, rule.b));
    if (a.length * b.length > MAX_PAIRS) return 'unknown';
    return noneTogether(
      ctx,
      others,
      a.flatMap((i) => b.filter((j) => j !== i).map((j) => [i, j])),
    );
  },
  requires: (rule: RequiresRule, ctx, others) =>
    noneTogether(
      ctx,
      others,
      idsOf(ctx, select(ctx, rule.if)).map((i) => [i]),
    ),
  diet: (rule: DietRule, ctx) => ctx.catalog.options.every((o) => Array.isArray(o.tags) && o.tags.includes(rule.tag)),
};

export const neverApplies: AnalysisCheck = (ctx) => {
  if (ctx.unsatisfiable() !== false) return [];
  return ctx.rules.flatMap((rule, index) => {
    const never = NEVER[rule.kind] as ((r: Rule, c: AnalysisContext, o: Rule[]) => Answer) | undefined;
    if (
      !never ||
      never(
        rule,
        ctx,
        ctx.rules.filter((r) => r !== rule),
      ) !== true
    )
      return [];
    const sentence = ctx.sentence(rule);
    const why = rule.kind === 'groupCount' || rule.kind === 'capacity' || rule.kind === 'diet' ? 'limits' : 'case';
    const params = { rule: rule.id, sentenceDe: sentence.de, sentenceEn: sentence.en, why };
    return [finding('rule_never_applies', params, jsonPointer('rules', index), [rule])];
  });
};
