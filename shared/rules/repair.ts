/**
 * repair: the smallest set of changes that makes an invalid design valid, or at least
 * consistent (guidance then offers a completion: "choose a base"). Repair never picks new
 * options for the shopper; it only adds units to lift a quantity onto its grid.
 *
 * In order: unknown diets are dropped (and all diets, if no design could satisfy them);
 * unknown, duplicate (the later entry), out-of-stock and diet-breaking options are removed;
 * quantities snap onto their grid (down, or up to the minimum); then the fewest units are
 * taken away so a completion exists (objective in repairReduce.ts); texts lose unknown
 * fields, disallowed characters and what is past the maximum length.
 */
import type { Catalog, DesignDraft } from '@shared/catalog/types';
import { allowedPattern } from './builtins/texts';
import { describe } from './builtins/selections';
import { compileModel } from './model';
import { quantitiesComplete } from './reachableValid';
import { reduce } from './repairReduce';
import { createState } from './state';
import type { Model } from './types';

export interface RepairChange {
  kind: 'remove' | 'reduce' | 'add' | 'drop_text' | 'fix_text' | 'drop_diet';
  optionId?: string;
  from?: number;
  to?: number;
  field?: string;
  diet?: string;
  /** The violation code that made the change necessary (`conflict`: a combination of rules). */
  reason: string;
}

export interface RepairResult {
  design: DesignDraft;
  changes: RepairChange[];
}

/** Repairs `design` (any value; junk becomes an empty design of this catalog). */
export function repair(catalog: Catalog, design: unknown): RepairResult {
  const m = compileModel(catalog);
  const d = (design && typeof design === 'object' ? design : {}) as Partial<DesignDraft>;
  const changes: RepairChange[] = [];
  const diets = repairDiets(catalog, m, d, changes);
  const { q, order, original, why } = readSelections(m, d, diets, changes);
  const reduced = reduce(m, q, order, (t) => quantitiesComplete(catalog, t, diets));
  for (const i of order) if (reduced[i] !== q[i]) why.set(i, why.get(i) ?? 'conflict');
  for (const [i, reason] of why) {
    const from = original.get(i) ?? 0,
      to = reduced[i] ?? 0;
    const kind = to === 0 ? 'remove' : to < from ? 'reduce' : 'add';
    changes.push({ kind, optionId: m.ids[i], from, to, reason });
  }
  const result: DesignDraft = {
    ...d,
    catalogId: typeof d.catalogId === 'string' ? d.catalogId : catalog.id,
    selections: order.filter((i) => reduced[i] > 0).map((i) => ({ optionId: m.ids[i], quantity: reduced[i] })),
  };
  if (d.diets !== undefined) result.diets = [...diets];
  const texts = repairTexts(catalog, d.texts, changes);
  if (texts) result.texts = texts;
  return { design: result, changes };
}

function repairDiets(catalog: Catalog, m: Model, d: Partial<DesignDraft>, changes: RepairChange[]): Set<string> {
  const wanted = Array.isArray(d.diets) ? d.diets : [];
  const diets = new Set<string>();
  for (const diet of wanted) {
    if (typeof diet === 'string' && m.dietIds.has(diet)) diets.add(diet);
    else changes.push({ kind: 'drop_diet', diet: describe(diet), reason: 'unknown_diet' });
  }
  if (diets.size && !quantitiesComplete(catalog, new Array(m.n).fill(0), diets)) {
    for (const diet of diets) changes.push({ kind: 'drop_diet', diet, reason: 'dead_end' });
    diets.clear();
  }
  return diets;
}

/** Grid-snapped quantities of the usable selections, with why each one had to change. */
function readSelections(m: Model, d: Partial<DesignDraft>, diets: Set<string>, changes: RepairChange[]) {
  const allowed = createState(m, new Array(m.n).fill(0), diets).allowed;
  const q = new Array<number>(m.n).fill(0);
  const original = new Map<number, number>();
  const why = new Map<number, string>();
  const order: number[] = [];
  for (const sel of Array.isArray(d.selections) ? (d.selections as unknown[]) : []) {
    const entry = (sel && typeof sel === 'object' ? sel : {}) as { optionId?: unknown; quantity?: unknown };
    const i = typeof entry.optionId === 'string' ? m.index.get(entry.optionId) : undefined;
    const raw = typeof entry.quantity === 'number' && Number.isFinite(entry.quantity) ? entry.quantity : 0;
    if (i === undefined || original.has(i)) {
      const optionId = typeof entry.optionId === 'string' ? entry.optionId : undefined;
      const reason = i === undefined ? 'unknown_option' : 'duplicate_selection';
      changes.push({ kind: 'remove', optionId, from: raw, to: 0, reason });
      continue;
    }
    if (entry.quantity === 0) continue; // 0 means "not chosen": nothing to repair
    original.set(i, raw);
    const snapped = allowed[i] ? snap(m, i, Math.floor(raw)) : 0;
    if (!allowed[i]) why.set(i, m.names.options[i].inStock === false ? 'out_of_stock' : 'diet');
    else if (snapped !== raw) why.set(i, raw > m.max[i] || raw < m.min[i] ? 'quantity_range' : 'quantity_step');
    q[i] = snapped;
    order.push(i);
  }
  return { q, order, original, why };
}

/** The nearest grid quantity: down onto the grid, up to the minimum, 0 when never addable. */
function snap(m: Model, i: number, q: number): number {
  if (q <= 0 || m.max[i] < m.min[i]) return 0;
  if (q <= m.min[i]) return m.min[i];
  const capped = Math.min(q, m.max[i]);
  return capped - ((capped - m.min[i]) % m.step[i]);
}

function repairTexts(catalog: Catalog, texts: unknown, changes: RepairChange[]): Record<string, string> | undefined {
  if (texts === undefined) return undefined;
  const given = texts && typeof texts === 'object' ? (texts as Record<string, unknown>) : {};
  const fields = new Map((Array.isArray(catalog.textFields) ? catalog.textFields : []).map((f) => [f.id, f]));
  const out: Record<string, string> = {};
  for (const [id, text] of Object.entries(given)) {
    const field = fields.get(id);
    if (!field || typeof text !== 'string') {
      changes.push({ kind: 'drop_text', field: id, reason: field ? 'text_invalid' : 'unknown_text_field' });
      continue;
    }
    const pattern = allowedPattern(field);
    const kept = [...text].filter((ch) => !pattern || pattern.test(ch));
    const fixed = kept.slice(0, field.maxLength).join('');
    if (fixed !== text) {
      const reason = kept.length > field.maxLength ? 'text_too_long' : 'text_characters';
      changes.push({ kind: 'fix_text', field: id, reason });
    }
    out[id] = fixed;
  }
  return out;
}
