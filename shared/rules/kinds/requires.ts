/** requires: once an option matching `if` is chosen, some option matching `anyOf` must be too. */
import type { Locale, OptionSelector, RequiresRule } from '@shared/catalog/types';
import { joinNames, speaker, type MessageTable } from '@shared/i18n/messages';
import { DEAD, NEED, OK, type ModelBuilder, type RuleKind } from '../types';

const messages = {
  requires: { de: (p) => `${p.options} braucht ${p.needs}`, en: (p) => `${p.options} needs ${p.needs}` },
  requires_unavailable: {
    de: (p) => `Braucht ${p.needs}, das gerade nicht wählbar ist`,
    en: (p) => `Needs ${p.needs}, which cannot be chosen now`,
  },
} satisfies MessageTable;
const say = speaker(messages);

/** How a shopper reads a selector: the option's or group's name, or the tag itself. */
function selectorName(b: ModelBuilder, selector: OptionSelector, locale: Locale): string {
  if ('option' in selector) {
    const i = b.select(selector)[0];
    return i === undefined ? selector.option : b.optionName(i, locale);
  }
  return 'group' in selector ? `„${b.groupName(selector.group, locale)}“` : String(selector.tag);
}

export const requires: RuleKind<RequiresRule, typeof messages> = {
  kind: 'requires',
  messages,
  form: {
    label: { de: 'Braucht', en: 'Requires' },
    help: {
      de: 'Wer das Erste wählt, muss auch mindestens eines der anderen wählen.',
      en: 'Whoever chooses the first must also choose at least one of the others.',
    },
    params: [
      { name: 'if', type: 'selector', label: { de: 'Wenn gewählt', en: 'When chosen' }, required: true },
      {
        name: 'anyOf',
        type: 'selector',
        label: { de: 'dann auch eines von', en: 'then also one of' },
        required: true,
        list: true,
      },
    ],
  },
  describe(rule, names, locale) {
    const anyOf = Array.isArray(rule.anyOf) ? rule.anyOf : [];
    const needs = joinNames(
      anyOf.map((sel) => names.selector(sel, locale)),
      locale,
      'or',
    );
    const what = names.selector(rule.if, locale, 'and');
    return locale === 'de' ? `${what} nur zusammen mit ${needs}` : `${what} only together with ${needs}`;
  },
  place: () => undefined,
  example(rule, x) {
    x.avoid((Array.isArray(rule.anyOf) ? rule.anyOf : []).flatMap((sel) => x.select(sel)));
    x.select(rule.if).some((i) => x.add(i));
  },
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
        return [{ code: 'requires', message: say('requires', locale, params), ruleId: rule.id, options: ids, params }];
      },
      reason: (_s, _i, locale) => ({
        code: 'requires',
        message: say('requires_unavailable', locale, { needs: needs(locale) }),
      }),
    };
  },
};
