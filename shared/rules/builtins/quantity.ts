/**
 * Built-in check: every chosen quantity lies on its grid min, min+step, … ≤ max.
 * Only pasted or stale designs can be off the grid (guidance moves along it), so the check
 * looks at the few options the state started off-grid with. A quantity below the minimum
 * that more steps can reach is "missing", not broken.
 */
import type { Locale } from '@shared/catalog/types';
import { ruleMessage, type RuleCode } from '@shared/i18n/ruleMessages';
import type { Violation } from '@shared/api';
import { DEAD, NEED, OK, type Check, type ModelBuilder, type Status } from '../types';

export function quantityCheck(b: ModelBuilder, min: Int32Array, max: Int32Array, step: Int32Array): Check {
  const statusOf = (i: number, q: number): Status => {
    if (q === 0) return OK;
    const offset = q - min[i];
    if (q > max[i] || ((offset % step[i]) + step[i]) % step[i] !== 0) return DEAD;
    return offset < 0 ? NEED : OK;
  };
  const violation = (i: number, q: number, locale: Locale): Violation & { code: RuleCode } => {
    const range = q < min[i] || q > max[i];
    const code: RuleCode = range ? 'quantity_range' : 'quantity_step';
    const params = { option: b.optionName(i, locale), quantity: q, min: min[i], max: max[i], step: step[i] };
    const id = b.options[i]?.id;
    return { code, message: ruleMessage(code, locale, params), ruleId: id, options: [id], params };
  };
  return {
    ruleId: 'quantity',
    status(s) {
      let worst: Status = OK;
      for (const i of s.offGrid) worst = Math.max(worst, statusOf(i, s.q[i])) as Status;
      return worst;
    },
    fixers: (s) => s.offGrid.filter((i) => statusOf(i, s.q[i]) === NEED),
    violations: (s, locale) =>
      s.offGrid.filter((i) => statusOf(i, s.q[i]) !== OK).map((i) => violation(i, s.q[i], locale)),
    reason(s, i, locale) {
      const { code, message } = violation(i, s.q[i] + step[i], locale);
      return { code, message };
    },
  };
}
