/**
 * `npm run bench -- impact`: the impact report of a muesli draft (prices up, one option out)
 * over 10,000 saved designs in the embedded database: fetch + rule check + totals old → new.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { computeTotals } from '@shared/totals';
import { assessImpact, designsOf, impactOf } from '@server/catalogs/impact';
import { loadCatalogFiles } from '@server/catalogs/loadCatalogFiles';
import { loadConfig } from '@server/config';
import { connectDatabase } from '@server/db/connect';
import { DesignModel } from '@server/models/Design';
import { createLogger, createServices } from '@server/services';

const DESIGNS = 10_000;

export async function benchImpact() {
  const loadAtStart = loadavg()[0]!;
  const dataDir = mkdtempSync(join(tmpdir(), 'prosumer-bench-impact-'));
  const config = loadConfig({ NODE_ENV: 'test', DATA_DIR: dataDir, SESSION_SECRET: 'bench' });
  const db = await connectDatabase({ mongoUri: process.env.MONGODB_URI, dataDir, autoIndex: true });
  try {
    const { catalogs } = await createServices(config, loadCatalogFiles(), createLogger(config));
    const muesli = (await catalogs.get('muesli'))!.catalog;
    const inGroup = (g: string) => muesli.options.filter((o) => o.groupId === g && o.inStock);
    const [bases, fruits, nuts] = [inGroup('base'), inGroup('fruits'), inGroup('nuts-seeds')];
    // Seeded deterministically: a base, one or two fruits, sometimes nuts; a tenth public.
    const docs = Array.from({ length: DESIGNS }, (_, i) => {
      const selections = [
        { optionId: bases[i % bases.length]!.id, quantity: 2 },
        { optionId: fruits[i % fruits.length]!.id, quantity: 1 },
        ...(i % 3 === 0 ? [{ optionId: fruits[(i + 5) % fruits.length]!.id, quantity: 1 }] : []),
        ...(i % 4 === 0 && nuts.length ? [{ optionId: nuts[i % nuts.length]!.id, quantity: 1 }] : []),
      ].filter((s, j, all) => all.findIndex((t) => t.optionId === s.optionId) === j);
      const design = { catalogId: 'muesli', catalogVersion: muesli.version, name: `Mix ${i}`, selections };
      return {
        ...design,
        totals: computeTotals(muesli, design),
        status: i % 10 === 0 ? 'public' : 'private',
        ownerGuestId: `bench-${i % 500}`,
      };
    });
    for (let i = 0; i < docs.length; i += 1000) await DesignModel.insertMany(docs.slice(i, i + 1000));
    // The draft: every fruit 10 cents dearer, the first nut gone.
    const draft = {
      ...muesli,
      version: muesli.version + 1,
      options: muesli.options
        .filter((o) => o.id !== nuts[0]?.id)
        .map((o) => (o.groupId === 'fruits' ? { ...o, priceCents: o.priceCents + 10 } : o)),
    };
    const lookup = async (v: number) => (await catalogs.get('muesli', v))?.catalog ?? null;
    // The whole report once (the database read dominates on FerretDB), then the check alone 3 times.
    let started = performance.now();
    const whole = await impactOf(draft, 'de', lookup);
    const wholeMs = performance.now() - started;
    started = performance.now();
    const designs = await designsOf('muesli', DESIGNS);
    const fetchMs = performance.now() - started;
    const pinned = new Map([[muesli.version, muesli]]);
    const medianOf3 = (list: typeof designs) => {
      const runs: number[] = [];
      for (let r = 0; r < 3; r++) {
        started = performance.now();
        assessImpact(draft, list, pinned, 'de');
        runs.push(performance.now() - started);
      }
      return Math.round(runs.sort((a, b) => a - b)[1]!);
    };
    // The seeded designs repeat (as favourite mixes do); the same designs each with its own
    // dedication text are all distinct: the check's worst case, without any reuse.
    const distinct = designs.map((d, i) => ({ ...d, texts: { dedication: `Für Nummer ${i}` } }));
    const contents = new Set(designs.map((d) => JSON.stringify([d.selections, d.texts, d.diets]))).size;
    return {
      name: `Impact of a draft on ${DESIGNS.toLocaleString('en')} saved designs (embedded FerretDB)`,
      figures: {
        'check: rules + totals old → new, median ms (3 runs, target < 2000)': medianOf3(designs),
        'check, every design distinct (no reuse), median ms': medianOf3(distinct),
        'distinct design contents among them': contents,
        'whole report incl. database read, ms': Math.round(wholeMs),
        'database read alone, ms': Math.round(fetchMs),
        'designs checked': whole.checked,
        'broken / changed': `${whole.broken.length} / ${whole.changedCount}`,
        'load average (1 min) at start / end': `${loadAtStart.toFixed(2)} / ${loadavg()[0]!.toFixed(2)}`,
      },
    };
  } finally {
    await db.embedded?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
