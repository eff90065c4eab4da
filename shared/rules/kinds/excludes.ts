/**
 * excludes: no option matching `a` together with a different option matching `b`.
 * "Different" makes `a = b = {group: fruits}` mean "at most one fruit", and keeps an option
 * that happens to match both sides valid on its own.
 */
import type { ExcludesRule } from '@shared/catalog/types';
import { joinNames, speaker, type MessageTable } from '@shared/i18n/messages';
import { DEAD, OK, type RuleKind } from '../types';

const messages = {
  excludes: {
    de: (p) => `${p.a} passt nicht zu ${p.b}`,
    en: (p) => `${p.a} cannot be combined with ${p.b}`,
  },
  excludes_option: { de: (p) => `Passt nicht zu ${p.options}`, en: (p) => `Cannot be combined with ${p.options}` },
} satisfies MessageTable;
const say = speaker(messages);

export const excludes: RuleKind<ExcludesRule, typeof messages> = {
  kind: 'excludes',
  messages,
  form: {
    label: { de: 'Schließt aus', en: 'Excludes' },
    help: {
      de: 'Was zur ersten Auswahl passt, darf nicht zusammen mit etwas aus der zweiten gewählt werden.',
      en: 'What matches the first choice may not be chosen together with anything from the second.',
    },
    params: [
      { name: 'a', type: 'selector', label: { de: 'Wenn gewählt', en: 'When chosen' }, required: true },
      { name: 'b', type: 'selector', label: { de: 'dann nicht', en: 'then not' }, required: true },
    ],
  },
  describe(rule, names, locale) {
    const de = locale === 'de';
    if (JSON.stringify(rule.a) === JSON.stringify(rule.b))
      return de
        ? `Höchstens 1 aus ${names.selector(rule.a, locale)}`
        : `At most 1 from ${names.selector(rule.a, locale)}`;
    const a = names.selector(rule.a, locale, 'and');
    const b = names.selector(rule.b, locale);
    return de ? `${a} nicht zusammen mit ${b}` : `${a} not together with ${b}`;
  },
  place: () => undefined,
  example(rule, x) {
    const inB = x.select(rule.b);
    for (const i of x.select(rule.a)) {
      if (!x.add(i)) continue;
      if (inB.some((j) => j !== i && x.add(j))) return;
      x.remove(i);
    }
  },
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
        return [{ code: 'excludes', message: say('excludes', locale, params), ruleId: rule.id, options: ids, params }];
      },
      reason(s, i, locale) {
        const against = new Set([...(setA.has(i) ? inB : []), ...(setB.has(i) ? inA : [])]);
        const conflicts = [...against].filter((j) => j !== i && s.q[j] > 0);
        return { code: 'excludes', message: say('excludes_option', locale, { options: names(conflicts, locale) }) };
      },
    };
  },
};
