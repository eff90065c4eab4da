/** groupCount: the number of distinct options chosen in a group lies in [min, max]. */
import type { GroupCountRule } from '@shared/catalog/types';
import { speaker, type MessageTable } from '@shared/i18n/messages';
import { jsonPointer } from '@shared/catalog/jsonPointer';
import { DEAD, NEED, OK, type RuleKind } from '../types';

const messages = {
  group_min: {
    de: (p) => (p.min === 1 ? `Wähle etwas aus „${p.group}“` : `Wähle mindestens ${p.min} aus „${p.group}“`),
    en: (p) => (p.min === 1 ? `Choose one from “${p.group}”` : `Choose at least ${p.min} from “${p.group}”`),
  },
  group_max: {
    de: (p) => `Höchstens ${p.max} aus „${p.group}“ (gewählt: ${p.count})`,
    en: (p) => `At most ${p.max} from “${p.group}” (chosen: ${p.count})`,
  },
} satisfies MessageTable;
const say = speaker(messages);

export const groupCount: RuleKind<GroupCountRule, typeof messages> = {
  kind: 'groupCount',
  messages,
  form: {
    label: { de: 'Anzahl aus einer Gruppe', en: 'Number from a group' },
    help: {
      de: 'Wie viele verschiedene Optionen einer Gruppe ein Entwurf haben muss oder darf.',
      en: 'How many different options of a group a design must or may have.',
    },
    params: [
      { name: 'group', type: 'group', label: { de: 'Gruppe', en: 'Group' }, required: true },
      {
        name: 'min',
        type: 'number',
        label: { de: 'Mindestens', en: 'At least' },
        required: false,
        integer: true,
        min: 0,
      },
      {
        name: 'max',
        type: 'number',
        label: { de: 'Höchstens', en: 'At most' },
        required: false,
        integer: true,
        min: 0,
      },
    ],
  },
  describe(rule, names, locale) {
    const g = names.group(rule.group, locale);
    const say = (de: string, en: string) => (locale === 'de' ? de : en);
    const { min, max } = rule;
    if (max === undefined && !min) return say(`Beliebig viele aus ${g}`, `Any number from ${g}`);
    if (max === undefined) return say(`Mindestens ${min} aus ${g}`, `At least ${min} from ${g}`);
    if (min === max) return say(`Genau ${max} aus ${g}`, `Exactly ${max} from ${g}`);
    if (min) return say(`${min} bis ${max} aus ${g}`, `${min} to ${max} from ${g}`);
    return say(`Höchstens ${max} aus ${g}`, `At most ${max} from ${g}`);
  },
  place: (rule) => jsonPointer('groups', rule.group),
  example(rule, x) {
    const members = x.select({ group: rule.group });
    if (rule.max !== undefined && members.length > rule.max) {
      let count = 0;
      for (const i of members) if (count <= rule.max && x.add(i)) count++;
    } else if (rule.min) {
      let count = 0;
      for (const i of members) if (count < rule.min - 1 && x.add(i)) count++;
      x.avoid(members);
    }
  },
  compile(rule, b) {
    const members = b.select({ group: rule.group });
    const c = b.counter(members, () => 1, false);
    const min = rule.min ?? 0;
    const max = rule.max ?? Infinity;
    const ids = (list: number[]) => list.map((i) => b.options[i].id);
    return {
      ruleId: rule.id,
      status(s) {
        const v = s.val[c];
        if (v > max) return DEAD;
        if (v < min) return v + s.roomPos[c] < min ? DEAD : NEED;
        return OK;
      },
      fixers: (s) => members.filter((i) => s.q[i] === 0),
      violations(s, locale) {
        const count = s.val[c];
        const group = b.groupName(rule.group, locale);
        const code = count > max ? 'group_max' : 'group_min';
        const params = { group, count, ...(code === 'group_max' ? { max } : { min }) };
        const chosen = ids(members.filter((i) => s.q[i] > 0));
        return [{ code, message: say(code, locale, params), ruleId: rule.id, options: chosen, params }];
      },
      reason(s, _i, locale) {
        const params = { group: b.groupName(rule.group, locale), max, count: s.val[c] };
        return { code: 'group_max', message: say('group_max', locale, params) };
      },
      usage: (s) => ({
        value: s.val[c],
        ...(rule.min !== undefined && { min }),
        ...(rule.max !== undefined && { max }),
      }),
    };
  },
};
