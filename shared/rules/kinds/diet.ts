/** diet: once the shopper chooses it (`design.diets`), every option lacking `tag` is forbidden. */
import type { DietRule, Locale } from '@shared/catalog/types';
import { joinNames, ruleMessage } from '@shared/i18n/ruleMessages';
import { DEAD, OK, type RuleKind } from '../types';

export const diet: RuleKind<DietRule> = {
  kind: 'diet',
  compile(rule, b) {
    const lacking = b.options.flatMap((o, i) => (Array.isArray(o.tags) && o.tags.includes(rule.tag) ? [] : [i]));
    const c = b.counter(lacking, () => 1, false);
    const label = (locale: Locale) => (rule.label && (rule.label[locale] || rule.label.de)) || rule.tag;
    return {
      ruleId: rule.id,
      status: (s) => (s.diets.has(rule.id) && s.val[c] > 0 ? DEAD : OK),
      fixers: () => [],
      forbids: (diets) => (diets.has(rule.id) ? lacking : []),
      violations(s, locale) {
        const chosen = lacking.filter((i) => s.q[i] > 0);
        const params = {
          label: label(locale),
          options: joinNames(
            chosen.map((i) => b.optionName(i, locale)),
            locale,
          ),
        };
        const ids = chosen.map((i) => b.options[i].id);
        return [{ code: 'diet', message: ruleMessage('diet', locale, params), ruleId: rule.id, options: ids, params }];
      },
      reason: (_s, _i, locale) => ({
        code: 'diet',
        message: ruleMessage('diet_option', locale, { label: label(locale) }),
      }),
    };
  },
};
