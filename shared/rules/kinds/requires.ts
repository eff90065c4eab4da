/** requires: once an option matching `if` is chosen, some option matching `anyOf` must be too. */
import type { Locale, OptionSelector, RequiresRule } from '@shared/catalog/types';
import { joinNames, ruleMessage } from '@shared/i18n/ruleMessages';
import { DEAD, NEED, OK, type ModelBuilder, type RuleKind } from '../types';

/** How a shopper reads a selector: the option's or group's name, or the tag itself. */
function selectorName(b: ModelBuilder, selector: OptionSelector, locale: Locale): string {
  if ('option' in selector) {
    const i = b.select(selector)[0];
    return i === undefined ? selector.option : b.optionName(i, locale);
  }
  return 'group' in selector ? `„${b.groupName(selector.group, locale)}“` : String(selector.tag);
}

export const requires: RuleKind<RequiresRule> = {
  kind: 'requires',
  compile(rule, b) {
    const inIf = b.select(rule.if);
    const anyOf = Array.isArray(rule.anyOf) ? rule.anyOf : [];
    const inAny = [...new Set(anyOf.flatMap((sel) => b.select(sel)))];
    const cIf = b.counter(inIf, () => 1, false);
    const cAny = b.counter(inAny, () => 1, false);
    const needs = (locale: Locale) =>
      joinNames(
        anyOf.map((sel) => selectorName(b, sel, locale)),
        locale,
        'or',
      );
    return {
      ruleId: rule.id,
      status(s) {
        if (s.val[cIf] === 0 || s.val[cAny] > 0) return OK;
        return s.roomPos[cAny] > 0 ? NEED : DEAD;
      },
      fixers: (s) => inAny.filter((i) => s.q[i] === 0),
      violations(s, locale) {
        const chosen = inIf.filter((i) => s.q[i] > 0);
        const params = {
          options: joinNames(
            chosen.map((i) => b.optionName(i, locale)),
            locale,
          ),
          needs: needs(locale),
        };
        const ids = chosen.map((i) => b.options[i].id);
        return [
          { code: 'requires', message: ruleMessage('requires', locale, params), ruleId: rule.id, options: ids, params },
        ];
      },
      reason: (_s, _i, locale) => ({
        code: 'requires',
        message: ruleMessage('requires_unavailable', locale, { needs: needs(locale) }),
      }),
    };
  },
};
