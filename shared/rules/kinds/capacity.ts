/**
 * capacity: Σ attribute × quantity over the chosen options in scope lies in [min, max].
 * Works for any sign of the attribute: the rooms give the most the sum can still move.
 */
import type { CapacityRule, Locale } from '@shared/catalog/types';
import { formatNumber, ruleMessage } from '@shared/i18n/ruleMessages';
import { attributeValue } from '../model';
import { above, below } from '../state';
import { DEAD, NEED, OK, type RuleKind, type State } from '../types';

export const capacity: RuleKind<CapacityRule> = {
  kind: 'capacity',
  compile(rule, b) {
    const options = b.options;
    const members = rule.scope ? b.select(rule.scope) : options.map((_, i) => i);
    const coef = new Map(members.map((i) => [i, attributeValue(options[i], rule.attribute)]));
    const c = b.counter(members, (i) => coef.get(i) ?? 0, true);
    const min = rule.min ?? -Infinity;
    const max = rule.max ?? Infinity;
    const label = (locale: Locale) => (rule.label && (rule.label[locale] || rule.label.de)) || rule.id;
    const params = (s: State, locale: Locale, limit: 'min' | 'max') => ({
      label: label(locale),
      value: formatNumber(s.val[c], locale),
      [limit]: formatNumber(limit === 'min' ? min : max, locale),
      ...(rule.unit ? { unit: rule.unit } : {}),
    });
    const growing = members.filter((i) => (coef.get(i) ?? 0) > 0);
    const shrinking = members.filter((i) => (coef.get(i) ?? 0) < 0);
    return {
      ruleId: rule.id,
      status(s) {
        const v = s.val[c];
        if (above(v, max)) return above(v + s.roomNeg[c], max) ? DEAD : NEED;
        if (below(v, min)) return below(v + s.roomPos[c], min) ? DEAD : NEED;
        return OK;
      },
      fixers: (s) => (above(s.val[c], max) ? shrinking : growing),
      violations(s, locale) {
        const code = above(s.val[c], max) ? 'capacity_max' : 'capacity_min';
        const p = params(s, locale, code === 'capacity_max' ? 'max' : 'min');
        const chosen = members.filter((i) => s.q[i] > 0).map((i) => options[i].id);
        return [{ code, message: ruleMessage(code, locale, p), ruleId: rule.id, options: chosen, params: p }];
      },
      reason(s, _i, locale) {
        const over = above(s.val[c], max) || max < Infinity;
        const code = over ? 'capacity_full' : 'capacity_min';
        return { code, message: ruleMessage(code, locale, params(s, locale, over ? 'max' : 'min')) };
      },
    };
  },
};
