/** Built-in check: options out of stock cannot be part of a valid design. */
import type { CatalogOption } from '@shared/catalog/types';
import { ruleMessage } from '@shared/i18n/ruleMessages';
import { DEAD, OK, type Check, type ModelBuilder } from '../types';

export function stockCheck(b: ModelBuilder, options: CatalogOption[]): Check {
  const members = options.flatMap((o, i) => (o.inStock === false ? [i] : []));
  const counter = b.counter(members, () => 1, false);
  return {
    ruleId: 'stock',
    status: (s) => (s.val[counter] > 0 ? DEAD : OK),
    fixers: () => [],
    forbids: () => members,
    violations(s, locale) {
      const chosen = members.filter((i) => s.q[i] > 0);
      const params = { options: chosen.map((i) => b.optionName(i, locale)).join(', ') };
      const ids = chosen.map((i) => options[i].id);
      return [{ code: 'out_of_stock', message: ruleMessage('out_of_stock', locale, params), options: ids, params }];
    },
    reason: (_s, _i, locale) => ({ code: 'out_of_stock', message: ruleMessage('out_of_stock_option', locale) }),
  };
}
