import { readdirSync } from 'node:fs';
import { relative, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

/** Where the run's client is built, once, by globalSetup; browser tests serve it from here. */
export const TEST_CLIENT_DIR = resolve(ROOT, 'dist/test-client');

/** Test files that drive a browser (they serve the built client). */
function browserTestFiles(): string[] {
  return readdirSync(resolve(ROOT, 'tests'), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.e2e.test.ts'))
    .map((f) => relative(ROOT, resolve(ROOT, 'tests', f)));
}

/** Options whose value is the next argument (not a file filter). */
const VALUE_OPTIONS = new Set([
  '--project',
  '--reporter',
  '--config',
  '-c',
  '--shard',
  '--pool',
  '-t',
  '--testNamePattern',
  '--environment',
  '--maxWorkers',
  '--root',
  '-r',
  '--dir',
]);

/**
 * Whether this run includes a browser test: a run without file filters does; with filters
 * (`vitest run tests/api`), vitest keeps the files whose path contains one of them.
 */
export function runNeedsClient(argv = process.argv): boolean {
  const cli = argv.findIndex((a) => /vitest(\.mjs)?$/.test(a));
  const filters: string[] = [];
  for (let i = cli + 1; i < argv.length; i++) {
    const a = argv[i]!;
    if (VALUE_OPTIONS.has(a)) i++;
    else if (!a.startsWith('-') && a !== 'run' && a !== 'watch') filters.push(a);
  }
  if (filters.length === 0) return true;
  return browserTestFiles().some((file) => filters.some((f) => file.includes(f.replace(/^\.\//, ''))));
}

/** Builds the client into TEST_CLIENT_DIR (emptied first): once per run, before any test file starts. */
export async function buildTestClient(): Promise<void> {
  const { build } = await import('vite');
  await build({
    configFile: resolve(ROOT, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir: TEST_CLIENT_DIR, emptyOutDir: true },
  });
}
