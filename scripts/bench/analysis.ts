/**
 * Benchmark: the rule analysis of a draft (analyseCatalog) as the browser runs it on every
 * edit — each run gets a fresh draft object, so the model is compiled anew, as after a
 * keystroke. Also times checkSearchBudget, which runs once per publish.
 * Run alone: `npx tsx scripts/bench/analysis.ts`.
 */
import muesli from '@catalogs/muesli.json';
import type { Catalog } from '@shared/catalog/types';
import { analyseCatalog, checkSearchBudget } from '@shared/rules';

const catalog = muesli as unknown as Catalog;
const quantile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
const ms = (x: number) => Math.round(x * 1000) / 1000;

/** The draft after the n-th keystroke: a price changes, everything else stays. */
const edited = (n: number): Catalog => ({
  ...catalog,
  options: catalog.options.map((o, i) =>
    i === n % catalog.options.length ? { ...o, priceCents: o.priceCents + n } : o,
  ),
});

export async function benchAnalysis(): Promise<{ name: string; figures: Record<string, number | string> }> {
  for (let i = 0; i < 50; i++) analyseCatalog(edited(i));
  const times: number[] = [];
  let findings = 0;
  // CPU time over the whole loop: on a loaded machine wall-clock tails measure the scheduler.
  const cpu = process.cpuUsage();
  for (let i = 0; i < 300; i++) {
    const draft = edited(i);
    const t0 = performance.now();
    findings += analyseCatalog(draft).length;
    times.push(performance.now() - t0);
  }
  const used = process.cpuUsage(cpu);
  times.sort((a, b) => a - b);
  const t0 = performance.now();
  const budget = checkSearchBudget(catalog);
  const publishMs = performance.now() - t0;
  return {
    name: `rule analysis of a ${catalog.id} draft (${catalog.options.length} options, ${catalog.rules.length} rules)`,
    figures: {
      runs: times.length,
      findings,
      medianMs: ms(quantile(times, 0.5)),
      p95Ms: ms(quantile(times, 0.95)),
      maxMs: ms(times[times.length - 1]),
      meanCpuMs: ms((used.user + used.system) / 1000 / times.length),
      checkSearchBudgetMs: ms(publishMs),
      searchWorstNodes: `${budget.worstNodes} of ${budget.limit} over ${budget.probes} probes`,
      target: 'analysis median < 16 ms (one frame) while typing',
    },
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  benchAnalysis().then(({ name, figures }) => {
    console.log(name);
    for (const [key, value] of Object.entries(figures)) console.log(`  ${key}: ${value}`);
  });
}
