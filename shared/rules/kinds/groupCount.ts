/** groupCount: the number of distinct options chosen in a group lies in [min, max]. */
import type { GroupCountRule } from '@shared/catalog/types';
import { ruleMessage } from '@shared/i18n/ruleMessages';
import { DEAD, NEED, OK, type RuleKind } from '../types';

export const groupCount: RuleKind<GroupCountRule> = {
  kind: 'groupCount',
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
        return [{ code, message: ruleMessage(code, locale, params), ruleId: rule.id, options: chosen, params }];
      },
      reason(s, _i, locale) {
        const params = { group: b.groupName(rule.group, locale), max, count: s.val[c] };
        return { code: 'group_max', message: ruleMessage('group_max', locale, params) };
      },
    };
  },
};
