/**
 * checkSearchBudget: before a catalog is published, guidance is run on the designs shoppers
 * meet first and hardest — the empty design under each diet, each option alone, and seeded
 * random shoppers who click available options — and the nodes each search visits are
 * counted. A catalog whose searches come near the budget is refused, so shoppers of a
 * published catalog never see an "unknown".
 */
import type { Catalog, DesignDraft } from '@shared/catalog/types';
import { guidanceWithin } from './guidance';
import { SEARCH_NODE_BUDGET, searchBudget } from './search';

export interface SearchBudgetReport {
  ok: boolean;
  /** Most nodes one guidance used, and the design it was asked about. */
  worstNodes: number;
  worstDesign: DesignDraft | null;
  /** A published catalog may use at most this many nodes per guidance (a quarter of the budget). */
  limit: number;
  probes: number;
}

const WALKS = 12;
const STEPS = 16;

/** A seeded PRNG (mulberry32), so a refused publish is reproducible. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function checkSearchBudget(catalog: Catalog, limit = SEARCH_NODE_BUDGET / 4): SearchBudgetReport {
  const report: SearchBudgetReport = { ok: true, worstNodes: 0, worstDesign: null, limit, probes: 0 };
  const rules = Array.isArray(catalog.rules) ? catalog.rules : [];
  const options = Array.isArray(catalog.options) ? catalog.options : [];
  const dietIds = rules.filter((r) => r?.kind === 'diet').map((r) => r.id);
  const probe = (design: DesignDraft) => {
    const budget = searchBudget(limit + 1);
    const g = guidanceWithin(catalog, design, 'de', budget);
    report.probes++;
    if (budget.used > report.worstNodes) Object.assign(report, { worstNodes: budget.used, worstDesign: design });
    if (budget.exhausted) report.ok = false;
    return g;
  };
  const design = (selections: DesignDraft['selections'], diets: string[] = []): DesignDraft => ({
    catalogId: catalog.id,
    selections,
    ...(diets.length ? { diets } : {}),
  });
  for (const diets of [[], ...dietIds.map((d) => [d]), dietIds]) probe(design([], diets));
  for (const o of options)
    if (o?.inStock !== false) probe(design([{ optionId: o.id, quantity: o.quantity?.min ?? 1 }]));
  for (let w = 0; w < WALKS && report.ok; w++) {
    const r = prng(w + 1);
    const diets = dietIds.filter(() => r() < 0.3);
    const q = new Map<string, number>();
    for (let step = 0; step < STEPS && report.ok; step++) {
      const g = probe(
        design(
          [...q].map(([optionId, quantity]) => ({ optionId, quantity })),
          diets,
        ),
      );
      const open = Object.keys(g.options).filter((id) => g.options[id].available);
      if (open.length === 0) break;
      const pick = open[Math.floor(r() * open.length)];
      const option = options.find((o) => o.id === pick)!;
      const now = q.get(option.id) ?? 0;
      q.set(option.id, now === 0 ? (option.quantity?.min ?? 1) : now + (option.quantity?.step ?? 1));
    }
  }
  return report;
}
