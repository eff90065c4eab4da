/**
 * Benchmark: guidance on the 80+-option muesli over realistic designs (empty, base only,
 * half full, nearly full, vegan), one core, after warm-up. Prints median, p95, p99 and ops/s.
 * Run alone: `npx tsx scripts/bench/guidance.ts`.
 */
import muesli from '@catalogs/muesli.json';
import type { Catalog, DesignDraft } from '@shared/catalog/types';
import { guidance } from '@shared/rules';
import { computeTotals } from '@shared/totals';

const catalog = muesli as unknown as Catalog;

/** Fills a design with available options (a shopper's clicks) until it weighs `grams`. */
function filled(grams: number, diets: string[] = [], seed = 1): DesignDraft {
  const design: DesignDraft = { catalogId: catalog.id, selections: [], diets };
  let k = seed;
  while (computeTotals(catalog, design).weightGrams < grams) {
    const g = guidance(catalog, design);
    const open = Object.keys(g.options).filter((id) => g.options[id].available);
    const bases = open.filter((id) => catalog.options.find((o) => o.id === id)?.groupId === 'base');
    const pool = design.selections.length === 0 && bases.length ? bases : open;
    if (pool.length === 0) break;
    k = (k * 1103515245 + 12345) % 2147483648;
    const id = pool[k % pool.length];
    const chosen = design.selections.find((s) => s.optionId === id);
    if (chosen) chosen.quantity += 1;
    else design.selections.push({ optionId: id, quantity: 1 });
  }
  return design;
}

function designs(): [string, DesignDraft][] {
  return [
    ['empty', { catalogId: catalog.id, selections: [] }],
    ['base only', filled(1)],
    ['half full', filled(290, [], 7)],
    ['nearly full', filled(540, [], 13)],
    ['vegan, nearly full', filled(520, ['vegan'], 29)],
  ];
}

const quantile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];

/** Times guidance over the designs; figures in milliseconds and operations per second. */
export async function benchGuidance(): Promise<{ name: string; figures: Record<string, number | string> }> {
  const cases = designs();
  for (let i = 0; i < 500; i++) for (const [, d] of cases) guidance(catalog, d);
  const times: number[] = [];
  const start = performance.now();
  for (let round = 0; round < 1000; round++) {
    for (const [, d] of cases) {
      const t0 = performance.now();
      guidance(catalog, d);
      times.push(performance.now() - t0);
    }
  }
  const elapsed = performance.now() - start;
  times.sort((a, b) => a - b);
  const ms = (x: number) => Math.round(x * 1000) / 1000;
  return {
    name: `guidance on ${catalog.id} (${catalog.options.length} options)`,
    figures: {
      designs: cases.map(([name, d]) => `${name} (${computeTotals(catalog, d).weightGrams} g)`).join(', '),
      runs: times.length,
      medianMs: ms(quantile(times, 0.5)),
      p95Ms: ms(quantile(times, 0.95)),
      p99Ms: ms(quantile(times, 0.99)),
      maxMs: ms(times[times.length - 1]),
      opsPerSecond: Math.round(times.length / (elapsed / 1000)),
      target: 'median < 2 ms, p99 < 10 ms',
    },
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  benchGuidance().then(({ name, figures }) => {
    console.log(name);
    for (const [key, value] of Object.entries(figures)) console.log(`  ${key}: ${value}`);
  });
}
