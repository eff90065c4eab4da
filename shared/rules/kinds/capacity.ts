/**
 * capacity: Σ attribute × quantity over the chosen options in scope lies in [min, max].
 * Works for any sign of the attribute: the rooms give the most the sum can still move.
 */
import type { CapacityRule, Locale } from '@shared/catalog/types';
import { jsonPointer } from '@shared/catalog/jsonPointer';
import {
  capitalized,
  formatNumber,
  localized,
  speaker,
  type MessageParams,
  type MessageTable,
} from '@shared/i18n/messages';
import { attributeValue } from '../attributeValue';
import { above, below } from '../state';
import { DEAD, NEED, OK, type RuleKind, type State } from '../types';

const u = (p: MessageParams) => (p.unit ? ` ${p.unit}` : '');
/** "The bag" reads better than "The Bag" in running English text. */
const the = (p: MessageParams) => `The ${String(p.label).charAt(0).toLowerCase()}${String(p.label).slice(1)}`;

const messages = {
  capacity_max: {
    de: (p) => `${p.label} ist voll: höchstens ${p.max}${u(p)} (jetzt ${p.value}${u(p)})`,
    en: (p) => `${the(p)} is full: at most ${p.max}${u(p)} (now ${p.value}${u(p)})`,
  },
  capacity_min: {
    de: (p) => `${p.label}: mindestens ${p.min}${u(p)} (jetzt ${p.value}${u(p)})`,
    en: (p) => `${the(p)} needs at least ${p.min}${u(p)} (now ${p.value}${u(p)})`,
  },
  capacity_full: {
    de: (p) => `${p.label} voll: ${p.value} von ${p.max}${u(p)}`,
    en: (p) => `${the(p)} is full: ${p.value} of ${p.max}${u(p)}`,
  },
} satisfies MessageTable;
const say = speaker(messages);

export const capacity: RuleKind<CapacityRule, typeof messages> = {
  kind: 'capacity',
  messages,
  form: {
    label: { de: 'Kapazität', en: 'Capacity' },
    help: {
      de: 'Die Summe eines Werts (Gewicht, Preis, Schichten …) über die gewählten Optionen liegt in Grenzen.',
      en: 'The sum of a value (weight, price, layers …) over the chosen options stays within limits.',
    },
    params: [
      { name: 'label', type: 'text', label: { de: 'Name', en: 'Name' }, required: true, localized: true },
      { name: 'attribute', type: 'attribute', label: { de: 'Summe von', en: 'Sum of' }, required: true },
      { name: 'min', type: 'number', label: { de: 'Mindestens', en: 'At least' }, required: false },
      { name: 'max', type: 'number', label: { de: 'Höchstens', en: 'At most' }, required: false },
      { name: 'unit', type: 'text', label: { de: 'Einheit', en: 'Unit' }, required: false },
      { name: 'scope', type: 'selector', label: { de: 'Nur für', en: 'Only for' }, required: false },
    ],
  },
  describe(rule, names, locale) {
    const de = locale === 'de';
    const n = (v: number) => `${formatNumber(v, locale)}${rule.unit ? ` ${rule.unit}` : ''}`;
    let label = capitalized(localized(rule.label, locale) || rule.id);
    if (rule.scope)
      label += de ? ` (nur ${names.selector(rule.scope, locale)})` : ` (${names.selector(rule.scope, locale)} only)`;
    const { min, max } = rule;
    if (min !== undefined && max !== undefined)
      return min === max
        ? `${label}: ${de ? 'genau' : 'exactly'} ${n(max)}`
        : `${label}: ${formatNumber(min, locale)}–${n(max)}`;
    if (max !== undefined) return `${label}: ${de ? 'höchstens' : 'at most'} ${n(max)}`;
    if (min !== undefined) return `${label}: ${de ? 'mindestens' : 'at least'} ${n(min)}`;
    return `${label}: ${de ? 'ohne Grenze' : 'no limit'}`;
  },
  place: (rule) =>
    rule.scope && 'group' in rule.scope ? jsonPointer('groups', rule.scope.group) : jsonPointer('totals', rule.id),
  example(rule, x) {
    const members = rule.scope ? x.select(rule.scope) : x.options.map((_, i) => i);
    const full = (i: number) => attributeValue(x.options[i], rule.attribute) * x.maxOf(i);
    if (rule.max !== undefined) {
      let sum = 0;
      for (const i of [...members].sort((p, q) => full(q) - full(p)))
        if (sum <= rule.max && full(i) > 0 && x.add(i, x.maxOf(i))) sum += full(i);
    } else if (rule.min !== undefined) x.avoid(members.filter((i) => full(i) > 0));
  },
  compile(rule, b) {
    const options = b.options;
    const members = rule.scope ? b.select(rule.scope) : options.map((_, i) => i);
    const coef = new Map(members.map((i) => [i, attributeValue(options[i], rule.attribute)]));
    const c = b.counter(members, (i) => coef.get(i) ?? 0, true);
    const min = rule.min ?? -Infinity;
    const max = rule.max ?? Infinity;
    const label = (locale: Locale) => localized(rule.label, locale) || rule.id;
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
        return [{ code, message: say(code, locale, p), ruleId: rule.id, options: chosen, params: p }];
      },
      reason(s, _i, locale) {
        const over = above(s.val[c], max) || max < Infinity;
        const code = over ? 'capacity_full' : 'capacity_min';
        return { code, message: say(code, locale, params(s, locale, over ? 'max' : 'min')) };
      },
      usage: (s) => ({
        value: s.val[c],
        ...(rule.min !== undefined && { min }),
        ...(rule.max !== undefined && { max }),
      }),
    };
  },
};
