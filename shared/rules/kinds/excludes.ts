/**
 * excludes: no option matching `a` together with a different option matching `b`.
 * "Different" makes `a = b = {group: fruits}` mean "at most one fruit", and keeps an option
 * that happens to match both sides valid on its own.
 */
import type { ExcludesRule } from '@shared/catalog/types';
import { joinNames, ruleMessage } from '@shared/i18n/ruleMessages';
import { DEAD, OK, type RuleKind } from '../types';

export const excludes: RuleKind<ExcludesRule> = {
  kind: 'excludes',
  compile(rule, b) {
    const inA = b.select(rule.a);
    const inB = b.select(rule.b);
    const setA = new Set(inA),
      setB = new Set(inB);
    const cA = b.counter(inA, () => 1, false);
    const cB = b.counter(inB, () => 1, false);
    const cAB = b.counter(
      inA.filter((i) => setB.has(i)),
      () => 1,
      false,
    );
    const names = (list: number[], locale: 'de' | 'en') =>
      joinNames(
        list.map((i) => b.optionName(i, locale)),
        locale,
      );
    return {
      ruleId: rule.id,
      status(s) {
        const a = s.val[cA],
          bb = s.val[cB];
        // Both sides present, unless it is one single option matching both.
        const broken = a >= 1 && bb >= 1 && !(a === 1 && bb === 1 && s.val[cAB] === 1);
        return broken ? DEAD : OK;
      },
      fixers: () => [],
      violations(s, locale) {
        const chosenA = inA.filter((i) => s.q[i] > 0),
          chosenB = inB.filter((i) => s.q[i] > 0);
        const params = { a: names(chosenA, locale), b: names(chosenB, locale) };
        const ids = [...new Set([...chosenA, ...chosenB])].map((i) => b.options[i].id);
        return [
          { code: 'excludes', message: ruleMessage('excludes', locale, params), ruleId: rule.id, options: ids, params },
        ];
      },
      reason(s, i, locale) {
        const against = new Set([...(setA.has(i) ? inB : []), ...(setB.has(i) ? inA : [])]);
        const conflicts = [...against].filter((j) => j !== i && s.q[j] > 0);
        return {
          code: 'excludes',
          message: ruleMessage('excludes_option', locale, { options: names(conflicts, locale) }),
        };
      },
    };
  },
};
