/**
 * evaluate: every rule violation of a design, as data. Built-in checks on the raw design
 * come first, then the compiled checks in catalog rule order, then the texts.
 */
import type { Catalog, Locale } from '@shared/catalog/types';
import type { Violation } from '@shared/api';
import { ruleMessage } from '@shared/i18n/ruleMessages';
import { parseDesign, type ParsedDesign } from './builtins/selections';
import { textFindings } from './builtins/texts';
import { compileModel } from './model';
import { createState } from './state';
import { NEED, OK, type Model, type State } from './types';

/** A violation and whether adding (options, units, characters) can still fix it. */
export interface Finding {
  violation: Violation;
  fixable: boolean;
}

export interface Inspection {
  m: Model;
  parsed: ParsedDesign;
  state: State;
  findings: Finding[];
}

/** Parses, compiles and checks a design: the shared first step of evaluate, guidance and repair. */
export function inspect(catalog: Catalog, design: unknown, locale: Locale): Inspection {
  const m = compileModel(catalog);
  const parsed = parseDesign(m, design, locale);
  const state = createState(m, parsed.quantities, parsed.diets);
  const findings: Finding[] = parsed.structural.map((violation) => ({ violation, fixable: false }));
  for (const check of m.checks) {
    const status = check.status(state);
    if (status === OK) continue;
    for (const violation of check.violations(state, locale)) findings.push({ violation, fixable: status === NEED });
  }
  findings.push(...textFindings(catalog, parsed.texts, locale));
  return { m, parsed, state, findings };
}

/** The violation reported instead of throwing when the engine meets input it cannot read. */
export function engineError(error: unknown, locale: Locale): Violation {
  return { code: 'engine_error', message: ruleMessage('engine_error', locale), params: { detail: String(error) } };
}

/**
 * Every violation of `design` against `catalog`, German or English. Never throws: junk input
 * yields violations (at worst one `engine_error`). An empty array means the design is valid.
 */
export function evaluate(catalog: Catalog, design: unknown, locale: Locale = 'de'): Violation[] {
  try {
    return inspect(catalog, design, locale).findings.map((f) => f.violation);
  } catch (error) {
    return [engineError(error, locale)];
  }
}
