/** diet: once the shopper chooses it (`design.diets`), every option lacking `tag` is forbidden. */
import type { DietRule, Locale } from '@shared/catalog/types';
import { jsonPointer } from '@shared/catalog/jsonPointer';
import { joinNames, localized, speaker, type MessageTable } from '@shared/i18n/messages';
import { DEAD, OK, type RuleKind } from '../types';

const messages = {
  diet: { de: (p) => `Nicht ${p.label}: ${p.options}`, en: (p) => `Not ${p.label}: ${p.options}` },
  diet_option: { de: (p) => `Nicht ${p.label}`, en: (p) => `Not ${p.label}` },
} satisfies MessageTable;
const say = speaker(messages);

export const diet: RuleKind<DietRule, typeof messages> = {
  kind: 'diet',
  messages,
  form: {
    label: { de: 'Ernährungsweise', en: 'Diet' },
    help: {
      de: 'Eine Ernährungsweise, die Kundinnen wählen können: dann bleiben nur Optionen mit dem Merkmal wählbar.',
      en: 'A diet shoppers may choose: then only options with the tag can be chosen.',
    },
    params: [
      { name: 'label', type: 'text', label: { de: 'Name', en: 'Name' }, required: true, localized: true },
      { name: 'tag', type: 'tag', label: { de: 'Merkmal', en: 'Tag' }, required: true },
    ],
  },
  describe(rule, _names, locale) {
    const label = localized(rule.label, locale) || rule.id;
    return locale === 'de'
      ? `Ernährungsweise ${label}: nur Optionen mit „${rule.tag}“`
      : `Diet ${label}: only options tagged “${rule.tag}”`;
  },
  place: (rule) => jsonPointer('totals', rule.id),
  example(rule, x) {
    x.choose(rule.id);
    x.options.some((o, i) => !(Array.isArray(o.tags) && o.tags.includes(rule.tag)) && x.add(i));
  },
  compile(rule, b) {
    const lacking = b.options.flatMap((o, i) => (Array.isArray(o.tags) && o.tags.includes(rule.tag) ? [] : [i]));
    const c = b.counter(lacking, () => 1, false);
    const label = (locale: Locale) => localized(rule.label, locale) || rule.tag;
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
        return [{ code: 'diet', message: say('diet', locale, params), ruleId: rule.id, options: ids, params }];
      },
      reason: (_s, _i, locale) => ({ code: 'diet', message: say('diet_option', locale, { label: label(locale) }) }),
    };
  },
};
