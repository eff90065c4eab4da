/**
 * guidance: for every option, whether one more unit of it still leaves a valid design
 * reachable by additions only, and if not, why. Exact (see search.ts), and fast because one
 * search proves many options at once: every valid leaf it finds is first "fattened" with as
 * many further options as stay valid, and each option the fattened witness already contains
 * needs no search of its own. Failed states are shared between the options' searches.
 */
import type { Catalog, Locale } from '@shared/catalog/types';
import type { GuidanceResponse, OptionGuidance } from '@shared/api';
import { ruleMessage } from '@shared/i18n/ruleMessages';
import { engineError, inspect } from './evaluate';
import { completes, searchBudget, type SearchBudget } from './search';
import { increment, nextQuantity } from './state';
import { DEAD, OK, type State } from './types';

const unavailable = (...reasons: OptionGuidance['reasons']): OptionGuidance => ({ available: false, reasons });
const available = (): OptionGuidance => ({ available: true, reasons: [] });

/** Marks what the valid leaf proves, then adds further options while the design stays valid. */
export function fatten(s: State, proven: Uint8Array): void {
  const { m } = s;
  const added: number[] = [];
  for (let j = 0; j < m.n; j++) {
    if (proven[j]) continue;
    const next = nextQuantity(m, j, s.base[j]);
    if (next < 0) continue;
    if (s.q[j] >= next) proven[j] = 1;
    else if (s.allowed[j]) {
      increment(s, j, next);
      let fine = true;
      for (const c of m.checksOf[j]) if (m.checks[c].status(s) !== OK) fine = false;
      if (fine) {
        proven[j] = 1;
        added.push(j);
      } else increment(s, j, s.base[j]);
    }
  }
  for (let k = added.length - 1; k >= 0; k--) increment(s, added[k], s.base[added[k]]);
}

/**
 * Guidance for a (partial) design: validity, errors (need removing), missing (need adding),
 * and per option `available` with localized reasons. Never throws.
 */
export function guidance(catalog: Catalog, design: unknown, locale: Locale = 'de'): GuidanceResponse {
  return guidanceWithin(catalog, design, locale, searchBudget());
}

/**
 * Guidance within a node budget (checkSearchBudget reads how much it used). When the budget
 * runs out, what is still open is answered "available, unknown": the shopper is not blocked,
 * and evaluate (which needs no search) stays the authority on the finished design.
 */
export function guidanceWithin(
  catalog: Catalog,
  design: unknown,
  locale: Locale,
  budget: SearchBudget,
): GuidanceResponse {
  try {
    return guide(catalog, design, locale, budget);
  } catch (error) {
    return { valid: false, errors: [engineError(error, locale)], missing: [], options: {} };
  }
}

function guide(catalog: Catalog, design: unknown, locale: Locale, budget: SearchBudget): GuidanceResponse {
  const { m, parsed, state: s, findings } = inspect(catalog, design, locale);
  const errors = findings.filter((f) => !f.fixable).map((f) => f.violation);
  const missing = findings.filter((f) => f.fixable).map((f) => f.violation);
  const failed = new Set<string>();
  const proven = new Uint8Array(m.n);
  const onLeaf = (leaf: State) => fatten(leaf, proven);
  const alive = parsed.structural.length === 0 && (completes(s, failed, onLeaf, budget) || budget.exhausted);
  if (!alive && errors.length === 0) errors.push({ code: 'dead_end', message: ruleMessage('dead_end', locale) });
  const deadBefore = m.checks.map((c) => c.status(s) === DEAD);

  const optionFor = (i: number): OptionGuidance => {
    const from = s.q[i];
    const to = nextQuantity(m, i, from);
    if (to < 0)
      return unavailable({ code: 'quantity_max', message: ruleMessage('quantity_max', locale, { max: m.max[i] }) });
    if (alive && proven[i]) return available();
    increment(s, i, to);
    const broken = [...m.checksOf[i]].filter((c) => !deadBefore[c] && m.checks[c].status(s) === DEAD);
    const completed = alive && broken.length === 0 && completes(s, failed, onLeaf, budget);
    increment(s, i, from);
    if (completed) return available();
    if (alive && broken.length === 0 && budget.exhausted) return { available: true, reasons: [], unknown: true };
    const reasons = broken.map((c) => m.checks[c].reason(s, i, locale));
    if (!alive) reasons.unshift({ code: 'design_invalid', message: ruleMessage('design_invalid', locale) });
    else if (reasons.length === 0)
      reasons.push({ code: 'no_completion', message: ruleMessage('no_completion', locale) });
    return unavailable(...reasons);
  };

  const options: Record<string, OptionGuidance> = {};
  for (let i = 0; i < m.n; i++) if (m.index.get(m.ids[i]) === i) options[m.ids[i]] = optionFor(i);
  return { valid: findings.length === 0, errors, missing, options };
}
