import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** WCAG 2.2 A and AA (the rules tagged so in axe-core 4.13). */
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/**
 * Axe's best-practice and experimental rules that can be serious or critical (among them
 * label-content-name-mismatch, WCAG 2.5.3); the moderate and minor ones are left out, since
 * they cannot fail the scan and two of them (region, hidden-content) double its time.
 */
const EXTRA = [
  'accesskeys',
  'aria-dialog-name',
  'aria-text',
  'aria-treeitem-name',
  'css-orientation-lock',
  'frame-tested',
  'label-content-name-mismatch',
  'label-title-only',
  'p-as-heading',
  'tabindex',
  'table-fake-caption',
  'td-has-header',
];
const FAILING = new Set(['serious', 'critical']);

/**
 * Runs axe-core over the page as it is now and returns every serious or critical finding,
 * one line per element ("rule (impact): selector — what to fix"), so a failing test says where.
 */
export async function seriousFindings(page: Page, exclude: string[] = []): Promise<string[]> {
  const builder = new AxeBuilder({ page });
  for (const selector of exclude) builder.exclude(selector);
  const result = await builder
    .options({
      runOnly: { type: 'tag', values: WCAG },
      rules: Object.fromEntries(EXTRA.map((id) => [id, { enabled: true }])),
    })
    .analyze();
  return result.violations
    .filter((v) => FAILING.has(v.impact ?? ''))
    .flatMap((v) =>
      v.nodes.map(
        (n) => `${v.id} (${v.impact}): ${n.target.join(' ')} — ${n.failureSummary?.split('\n')[1]?.trim() ?? v.help}`,
      ),
    );
}
