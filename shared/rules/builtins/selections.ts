/**
 * Built-in checks on the raw design before it becomes numbers: unknown options, duplicate
 * selections, quantities that are not whole numbers ≥ 0, unknown diets, another catalog.
 * These can never be fixed by adding, so guidance treats any of them as a dead end.
 */
import type { DesignDraft, Locale } from '@shared/catalog/types';
import type { Violation } from '@shared/api';
import { ruleMessage, type MessageParams, type RuleCode } from '@shared/i18n/ruleMessages';
import type { Model } from '../types';

export interface ParsedDesign {
  /** Quantity per option index; duplicates are summed so the rules still see them. */
  quantities: number[];
  /** Option indices in the order the shopper first chose them. */
  order: number[];
  diets: Set<string>;
  /** Problems outside the rules, each permanent. */
  structural: Violation[];
  texts: unknown;
}

const violation = (
  code: RuleCode,
  locale: Locale,
  params: MessageParams,
  extra: Partial<Violation> = {},
): Violation => ({
  code,
  message: ruleMessage(code, locale, params),
  params,
  ...extra,
});

/** Reads any value as a design without throwing; what cannot be read is reported. */
export function parseDesign(m: Model, design: unknown, locale: Locale): ParsedDesign {
  const parsed: ParsedDesign = {
    quantities: new Array(m.n).fill(0),
    order: [],
    diets: new Set(),
    structural: [],
    texts: undefined,
  };
  if (!design || typeof design !== 'object') {
    parsed.structural.push(violation('malformed_design', locale, {}));
    return parsed;
  }
  const d = design as Partial<DesignDraft>;
  if (typeof d.catalogId === 'string' && d.catalogId !== m.catalog.id) {
    parsed.structural.push(
      violation(
        'catalog_mismatch',
        locale,
        { design: d.catalogId, catalog: String(m.catalog.id) },
        { path: '/catalogId' },
      ),
    );
  }
  if (d.selections !== undefined && !Array.isArray(d.selections)) {
    parsed.structural.push(violation('malformed_design', locale, {}, { path: '/selections' }));
  }
  (Array.isArray(d.selections) ? d.selections : []).forEach((sel, k) => readSelection(m, parsed, sel, k, locale));
  readDiets(m, parsed, d.diets, locale);
  parsed.texts = d.texts;
  return parsed;
}

function readSelection(m: Model, parsed: ParsedDesign, sel: unknown, k: number, locale: Locale): void {
  const path = `/selections/${k}`;
  const id = sel && typeof sel === 'object' ? (sel as { optionId?: unknown }).optionId : undefined;
  const i = typeof id === 'string' ? m.index.get(id) : undefined;
  if (i === undefined) {
    const option = typeof id === 'string' ? id : describe(id ?? null);
    parsed.structural.push(
      violation(
        'unknown_option',
        locale,
        { option },
        { path: `${path}/optionId`, options: typeof id === 'string' ? [id] : [] },
      ),
    );
    return;
  }
  const q = (sel as { quantity?: unknown }).quantity;
  const name = m.names.optionName(i, locale);
  if (typeof q !== 'number' || !Number.isInteger(q) || q < 0) {
    const params = { option: name, quantity: describe(q), min: m.min[i], max: m.max[i] };
    parsed.structural.push(
      violation('quantity_range', locale, params, { path: `${path}/quantity`, options: [m.ids[i]] }),
    );
    return;
  }
  if (q === 0) return; // 0 means "not chosen"
  if (parsed.quantities[i] > 0) {
    parsed.structural.push(violation('duplicate_selection', locale, { option: name }, { path, options: [m.ids[i]] }));
  } else parsed.order.push(i);
  parsed.quantities[i] += q;
}

/** Any value as text for a message; never throws (String() does on `{toString: false}`). */
export function describe(value: unknown): string {
  if (typeof value === 'string') return value;
  try {
    return JSON.stringify(value) ?? typeof value;
  } catch {
    return typeof value;
  }
}

function readDiets(m: Model, parsed: ParsedDesign, diets: unknown, locale: Locale): void {
  if (diets === undefined) return;
  if (!Array.isArray(diets)) {
    parsed.structural.push(violation('malformed_design', locale, {}, { path: '/diets' }));
    return;
  }
  diets.forEach((diet, k) => {
    if (typeof diet === 'string' && m.dietIds.has(diet)) parsed.diets.add(diet);
    else parsed.structural.push(violation('unknown_diet', locale, { diet: describe(diet) }, { path: `/diets/${k}` }));
  });
}
