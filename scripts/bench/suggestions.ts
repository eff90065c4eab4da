/**
 * Benchmark: "often combined with" on a generated community (tests/suggestions/generateCommunity.ts:
 * designs from latent taste profiles, in time order). Time split 80/20; for every test design
 * and every option in it, that option is hidden and the rest asked for suggestions; the list
 * ranked is the FULL set of options the guidance marks available (no sampled negatives).
 * HR@5 and NDCG@5 of ours and of popularity among the same candidates, in the same run;
 * then the latency of the whole suggestion (guidance + ranking) with counts from 100,000
 * designs, and the cost of building and updating the counts.
 * Run alone: `npm run bench -- suggestions` (SUGGESTIONS_BENCH_DESIGNS to change 20,000).
 */
import muesli from '@catalogs/muesli.json';
import type { Catalog, DesignDraft } from '@shared/catalog/types';
import { guidance } from '@shared/rules';
import { CoCounts } from '@server/suggestions/counts';
import { rankByPopularity, rankSuggestions } from '@server/suggestions/rank';
import { suggest } from '@server/suggestions/suggest';
import { generateCommunity, type GeneratedDesign } from '@tests/suggestions/generateCommunity';

const catalog = muesli as unknown as Catalog;
const K = 5;
const MIN_SUPPORT = 10;
const meta = new Map(catalog.options.map((o) => [o.id, { groupId: o.groupId, tags: o.tags }]));

const countsOf = (designs: GeneratedDesign[]) => {
  const c = new CoCounts();
  for (const d of designs)
    c.apply(
      d.draft.selections.map((s) => s.optionId),
      1,
    );
  return c;
};
const quantile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
const round = (x: number, d = 3) => Math.round(x * 10 ** d) / 10 ** d;

/** Leave-one-out over the test designs; hits and NDCG of both rankers. */
function evaluateSplit(train: CoCounts, test: GeneratedDesign[]) {
  const score = { ours: { hr: 0, ndcg: 0 }, popularity: { hr: 0, ndcg: 0 } };
  let cases = 0;
  let notAvailable = 0;
  let candidatesTotal = 0;
  for (const { draft } of test) {
    if (draft.selections.length < 2) continue;
    for (const hidden of draft.selections) {
      const rest: DesignDraft = { ...draft, selections: draft.selections.filter((s) => s !== hidden) };
      const g = guidance(catalog, rest);
      const chosen = rest.selections.map((s) => s.optionId);
      const candidates = catalog.options
        .filter((o) => g.options[o.id]?.available && !chosen.includes(o.id))
        .map((o) => o.id);
      if (!candidates.includes(hidden.optionId)) {
        notAvailable++;
        continue;
      }
      cases++;
      candidatesTotal += candidates.length;
      const ours = rankSuggestions({ counts: train, chosen, candidates, minSupport: MIN_SUPPORT, k: K, meta });
      const lists = { ours: ours.map((r) => r.optionId), popularity: rankByPopularity(train, candidates, K) };
      for (const key of ['ours', 'popularity'] as const) {
        const rank = lists[key].indexOf(hidden.optionId);
        if (rank >= 0) {
          score[key].hr += 1;
          score[key].ndcg += 1 / Math.log2(rank + 2);
        }
      }
    }
  }
  const of = (s: { hr: number; ndcg: number }) => ({ hr: s.hr / cases, ndcg: s.ndcg / cases });
  return {
    cases,
    notAvailable,
    meanCandidates: candidatesTotal / cases,
    ours: of(score.ours),
    popularity: of(score.popularity),
  };
}

/** Latency of the whole suggestion (what the route runs) on partial designs, counts of 100k designs. */
function latency(counts: CoCounts, drafts: DesignDraft[]) {
  for (let i = 0; i < 300; i++)
    suggest(catalog, drafts[i % drafts.length]!, counts, { minSupport: MIN_SUPPORT, locale: 'de' });
  const times: number[] = [];
  const guidanceTimes: number[] = [];
  // Best of 3 per design as well: on a shared machine a single slow call is often the scheduler.
  const best = drafts.map(() => Infinity);
  for (let round = 0; round < 3; round++)
    drafts.forEach((d, i) => {
      let t0 = performance.now();
      suggest(catalog, d, counts, { minSupport: MIN_SUPPORT, locale: 'de' });
      const ms = performance.now() - t0;
      times.push(ms);
      best[i] = Math.min(best[i]!, ms);
      t0 = performance.now();
      guidance(catalog, d, 'de');
      guidanceTimes.push(performance.now() - t0);
    });
  for (const list of [times, guidanceTimes, best]) list.sort((a, b) => a - b);
  return {
    p50: quantile(times, 0.5),
    p99: quantile(times, 0.99),
    bestP99: quantile(best, 0.99),
    guidanceP50: quantile(guidanceTimes, 0.5),
    guidanceP99: quantile(guidanceTimes, 0.99),
    n: times.length,
  };
}

export async function benchSuggestions(): Promise<{ name: string; figures: Record<string, number | string> }> {
  const n = Number(process.env.SUGGESTIONS_BENCH_DESIGNS ?? 20_000);
  let t0 = performance.now();
  const themeShare = Number(process.env.SUGGESTIONS_BENCH_THEME ?? 0.5);
  const community = generateCommunity(catalog, { designs: n, seed: 7, themeShare });
  const generatedMs = performance.now() - t0;
  const cut = Math.floor(community.length * 0.8);
  const train = countsOf(community.slice(0, cut));
  const q = evaluateSplit(train, community.slice(cut));

  const big = generateCommunity(catalog, { designs: 100_000, seed: 11, check: 'quick' });
  t0 = performance.now();
  const bigCounts = countsOf(big);
  const rebuildMs = performance.now() - t0;
  t0 = performance.now();
  for (const d of big.slice(0, 10_000))
    bigCounts.apply(
      d.draft.selections.map((s) => s.optionId),
      1,
    );
  const perDesignUs = ((performance.now() - t0) / 10_000) * 1000;
  // Partial designs as shoppers have them while composing: each test design without its last option.
  const partial = community
    .slice(cut, cut + 1000)
    .map((d) => ({ ...d.draft, selections: d.draft.selections.slice(0, -1) }));
  const lat = latency(bigCounts, partial);
  return {
    name: `Suggestions: ${n} generated designs (theme share ${themeShare}), time split 80/20, leave-one-out over all available options`,
    figures: {
      'cases (hidden option available)': q.cases,
      'skipped (hidden option not available)': q.notAvailable,
      'candidates per case (mean)': round(q.meanCandidates, 1),
      'HR@5 ours / popularity': `${round(q.ours.hr)} / ${round(q.popularity.hr)}`,
      'HR@5 ratio (target >= 1.3)': round(q.ours.hr / q.popularity.hr, 2),
      'NDCG@5 ours / popularity': `${round(q.ours.ndcg)} / ${round(q.popularity.ndcg)}`,
      'latency p50 / p99 ms, counts of 100k (target p99 < 5)': `${round(lat.p50)} / ${round(lat.p99)} (${lat.n} calls)`,
      'p99 of the best of 3 per design (ms)': round(lat.bestP99),
      'of which guidance alone p50 / p99 ms': `${round(lat.guidanceP50)} / ${round(lat.guidanceP99)}`,
      'full rebuild of the counts, 100k designs (ms)': round(rebuildMs, 1),
      'incremental update per saved design (µs)': round(perDesignUs, 2),
      [`generating ${n} designs (ms)`]: Math.round(generatedMs),
    },
  };
}
