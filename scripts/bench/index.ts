/**
 * `npm run bench`: every benchmark, each measuring its subject and its baseline side by side
 * in this one run, then a table of figures. Not a test: nothing here asserts.
 */

type Bench = () => Promise<{ name: string; figures: Record<string, unknown> }>;
const only = process.argv.slice(2);
const benches: Record<string, Bench> = {
  guidance: async () => (await import('./guidance')).benchGuidance(),
  impact: async () => (await import('./impact')).benchImpact(),
  analysis: async () => (await import('./analysis')).benchAnalysis(),
  http: async () => (await import('./http')).benchHttp(),
  cpu: async () => (await import('./cpu')).benchCpu(),
  textFilter: async () => (await import('./textFilter')).benchTextFilter(),
  suggestions: async () => (await import('./suggestions')).benchSuggestions(),
  cluster: async () => (await import('./cluster')).benchCluster(),
  codesign: async () => (await import('./codesign')).benchCodesign(),
};

for (const [key, run] of Object.entries(benches)) {
  if (only.length && !only.includes(key)) continue;
  // The cluster needs PostgreSQL and Redis and takes a minute, and the CPU profile repeats the
  // HTTP bench's subjects: only when asked for by name.
  if (!only.length && (key === 'cluster' || key === 'cpu')) continue;
  const started = Date.now();
  const { name, figures } = await run();
  console.log(`\n## ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  for (const [k, v] of Object.entries(figures))
    console.log(`  ${k.padEnd(48)} ${typeof v === 'object' ? JSON.stringify(v) : v}`);
}

export {};
