import * as compile from './compile';
import type { Entry, Value } from './compile';
import * as normalize from './normalize';
import * as seams from './seams';
import type { TextPolicy } from '@shared/moderation';
import { textPolicy } from './policy';
import type { CheckResult, Locale, MildPolicy, Severity, TextMatch } from './types';
import * as views from './views';
import type { Run } from './views';

// Module-level copies: under tsx every read of an imported binding is a getter call.
const { compiled } = compile;
const { toUnits } = normalize;
const { atSeams, endingFollows, inCompound } = seams;
const { buildViews } = views;

export type { Category, CheckResult, Locale, MildPolicy, Severity, TextMatch, Verdict } from './types';
export { mildPolicy, parseMildPolicy, textPolicy } from './policy';

const RANK: Record<Severity, number> = { review: 1, block: 2 };
type Found = TextMatch & { order: number };

function fitsMode(runs: Run[], start: number, end: number, t: Entry): boolean {
  const { mode, lang } = t;
  if (t.stem)
    return (
      (start === 0 || runs[start - 1].acc === ' ' || mode === 'end' || mode === 'any') &&
      endingFollows(runs, end, lang, t.term.slice(0, -1), t.stem)
    );
  if (mode === 'any') return true;
  if (mode === 'part') return inCompound(runs, start, end);
  const atStart = start === 0 || runs[start - 1].acc === ' ';
  const wordEnd = end === runs.length - 1 || runs[end + 1].acc === ' ';
  if (mode === 'inner') return !(atStart && wordEnd);
  const atEnd = wordEnd || endingFollows(runs, end, lang, t.plural ? undefined : t.term); // inflected: Muschis, Idiotinnen, twats, wanking
  if (mode === 'word') return atStart && (t.exact === true ? wordEnd : atEnd);
  if (mode === 'start') return atStart;
  return atEnd; // end
}

/**
 * What one walk over a view collects: whitelist spans (pairs of run indices) and term hits (run
 * span and entry), the first `allowedCount` and `hitCount` of arrays reused from view to view.
 */
interface Scan {
  runs: Run[];
  locale: Locale | undefined;
  allowed: number[];
  allowedCount: number;
  hitStart: number[];
  hitEnd: number[];
  hitEntry: Entry[];
  hitCount: number;
}

/** One context for every walk (checks run one at a time): fresh objects per view kept the GC busy. */
const scan: Scan = {
  runs: [],
  locale: undefined,
  allowed: [],
  allowedCount: 0,
  hitStart: [],
  hitEnd: [],
  hitEntry: [],
  hitCount: 0,
};

function collect(ctx: Scan, s: number, e: number, values: Value[]): void {
  for (const t of values) {
    if (t === 'whitelist') {
      ctx.allowed[ctx.allowedCount++] = s;
      ctx.allowed[ctx.allowedCount++] = e;
    } else if (
      (t.locale === undefined || t.locale === ctx.locale) &&
      fitsMode(ctx.runs, s, e, t) &&
      (!t.seams || atSeams(ctx.runs, s, e))
    ) {
      ctx.hitStart[ctx.hitCount] = s;
      ctx.hitEnd[ctx.hitCount] = e;
      ctx.hitEntry[ctx.hitCount++] = t;
    }
  }
}

/** The order of findings in `tidy`: by start, longer first, more severe first, earlier-listed first. */
const before = (a: Found, b: Found): number =>
  a.start - b.start || b.end - a.end || RANK[b.severity] - RANK[a.severity] || a.order - b.order;

/**
 * Drops duplicates (both views often find the same span) and findings inside a longer one
 * that is at least as severe ("hure" inside "hurensohn", "scheiß" inside "scheiß türken").
 */
function tidy(found: Found[]): TextMatch[] {
  // Most checks find a handful at most: a stable insertion sort (the order Array#sort gives),
  // since the call into Array#sort cost more than the sorting; long texts use Array#sort.
  if (found.length > 16) found.sort(before);
  else
    for (let i = 1; i < found.length; i++) {
      const f = found[i];
      let j = i - 1;
      for (; j >= 0 && before(found[j], f) > 0; j--) found[j + 1] = found[j];
      found[j + 1] = f;
    }
  const kept: TextMatch[] = [];
  for (const f of found) {
    const m: TextMatch = { start: f.start, end: f.end, category: f.category, severity: f.severity, term: f.term };
    let covered = false;
    for (let k = 0; k < kept.length && !covered; k++)
      covered = kept[k].start <= m.start && m.end <= kept[k].end && RANK[kept[k].severity] >= RANK[m.severity];
    if (!covered) kept.push(m);
  }
  return kept;
}

/**
 * Checks a user text (design name, label text, description, review, display name) for abuse in
 * German and English, whatever the UI locale, seeing through leetspeak, separators, repeated
 * letters, look-alike and invisible characters, umlaut spellings and compounds.
 *
 * @param text - the text as the user typed it (any length; the API layer caps it).
 * @param locale - the UI locale; it only tunes words that are innocent in the other language
 *   ("Mist" is flagged for a German UI only, a bare "ass" for an English UI only).
 * @returns verdict = the worst severity found (`allow` if none) and the findings, with
 *   `text.slice(start, end)` being the matched span of the original text (UTF-16 offsets).
 */
export function checkText(text: string, locale?: Locale): CheckResult {
  return run(text, locale, SITE);
}

/** The site's policy (no catalog), resolved once. */
const SITE = textPolicy();

/** Options of `checkTextWith`. */
export interface CheckOptions {
  locale?: Locale;
  /** What mild words (Mist, Depp, crap) become; default: the policy's (site setting `TEXT_FILTER_MILD`). */
  mild?: MildPolicy;
  /** A catalog's text policy (see policy.ts); unset fields follow the site. */
  policy?: Partial<TextPolicy>;
}

/** `checkText` with a policy of its own (e.g. a catalog's `textPolicy`). */
export function checkTextWith(text: string, { locale, mild, policy }: CheckOptions): CheckResult {
  const resolved = textPolicy(policy);
  return run(text, locale, mild === undefined ? resolved : { ...resolved, mild });
}

function run(text: string, locale: Locale | undefined, policy: TextPolicy): CheckResult {
  if (typeof text !== 'string' || text.length === 0) return { verdict: 'allow', matches: [] };
  const { inner, starts } = compiled();
  const found: Found[] = [];
  const ctx = scan;
  for (const runs of buildViews(toUnits(text))) {
    ctx.runs = runs;
    ctx.locale = locale;
    ctx.allowedCount = 0;
    ctx.hitCount = 0;
    inner.scan(runs, collect, ctx);
    starts.scan(runs, collect, ctx, true);
    const { allowed, allowedCount } = ctx;
    for (let h = 0; h < ctx.hitCount; h++) {
      const s = ctx.hitStart[h];
      const e = ctx.hitEnd[h];
      const t = ctx.hitEntry[h];
      const severity = t.severity === 'mild' ? policy.mild : t.severity === 'review' ? policy.review : 'block';
      if (severity === 'allow') continue;
      let whitelisted = false;
      for (let w = 0; w < allowedCount && !whitelisted; w += 2) whitelisted = allowed[w] <= s && e <= allowed[w + 1];
      if (!whitelisted)
        found.push({
          start: runs[s].start,
          end: runs[e].end,
          category: t.category,
          severity,
          term: t.term,
          order: t.order,
        });
    }
  }
  const matches = tidy(found);
  let verdict: CheckResult['verdict'] = 'allow';
  for (const m of matches) if (m.severity === 'block' || verdict === 'allow') verdict = m.severity;
  return { verdict, matches };
}
