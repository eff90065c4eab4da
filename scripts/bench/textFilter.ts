/**
 * Accuracy and speed of our text filter against the npm profanity libraries, side by side in
 * one run (`npm run bench -- textFilter`, or `npx tsx scripts/bench/textFilter.ts`):
 * 1. our labelled set (tests/moderation/labelled.json; written with the filter, so flattering);
 * 2. external data the team did not write (tests/moderation/external/: German and English
 *    dictionaries, offensive word lists, real names), dev part and held-out part. The held-out
 *    part is read only through tests/moderation/holdout/.
 * 3. real German tweets (GermEval 2018, tests/moderation/germeval/; local copies, never
 *    committed), share flagged per fine label: the training file as the dev part, the test file
 *    as the held-out part; each skipped with a line saying so when its file is absent.
 * Dev dictionary figures use every DEV_EVERY-th word (the same words for every filter); the
 * held-out part uses every word: at ~60k words a language, one word is ~1.7 per 100k.
 */
import { fileURLToPath } from 'node:url';
import { auditedInnocent, auditedOffensive } from '../../tests/moderation/external/devAudit';
import { externalFigures, externalSet, type ExternalFigures } from '../../tests/moderation/external/figures';
import { germevalPath, loadGermEval, type GermEvalPart } from '../../tests/moderation/germeval/index';
import { holdoutSet } from '../../tests/moderation/holdout/index';
import { loadLabelled, score, type LabelledEntry } from '../../tests/moderation/labelled';
import { germevalSection } from './textFilterTweets';
import { contenders, throughputs } from './textFilterPeers';

const DEV_EVERY = 3;
const pct = (x: number) => (x * 100).toFixed(1).padStart(6);
const col = (x: number, w = 7) => x.toFixed(1).padStart(w);

function externalRow(name: string, f: ExternalFigures): string {
  return `${name.padEnd(27)}${col(f.innocentPer100k.de)}${col(f.innocentPer100k.en)}${col(f.caughtPct.de)}${col(f.caughtPct.en)}${col(f.nearMissFpPct)}${col(f.namesFpPct)}${(f.f1 * 100).toFixed(1).padStart(7)}${Number.isNaN(f.newStemsCaughtPct) ? '-'.padStart(9) : col(f.newStemsCaughtPct, 9)}`;
}

const EXTERNAL_HEAD = `${'filter'.padEnd(27)}${'FP/100k'.padStart(7)}${'de|en'.padStart(7)}${'caught'.padStart(7)}${'% de|en'.padStart(7)}${'NM-FP%'.padStart(7)}${'names%'.padStart(7)}${'F1'.padStart(7)}${'new-stem'.padStart(9)}`;

/**
 * Runs the comparison and prints the tables.
 * @returns figures per filter for the summary: own set (F1, near-miss FP, held-out F1), external
 *   dev and held-out figures, checks per second, and ours / allprofanity throughput.
 */
export async function benchTextFilter(): Promise<{ name: string; figures: Record<string, unknown> }> {
  const entries: LabelledEntry[] = loadLabelled();
  const holdout = entries.filter((e) => e.split === 'holdout');
  const filters = contenders();
  const rates = throughputs(
    filters.map(([, check]) => check),
    entries.map((e) => e.text),
  );
  const figures: Record<string, unknown> = { entries: entries.length, holdout: holdout.length };
  console.log(`\n1. own labelled set: ${entries.length} entries (${holdout.length} holdout), figures in %`);
  console.log(
    `${'filter'.padEnd(27)}${'P'.padStart(6)}${'R'.padStart(6)}${'F1'.padStart(6)}${'F1 de'.padStart(6)}${'F1 en'.padStart(6)}${'NM-FP'.padStart(6)}${'F1 ho'.padStart(6)}${'checks/s'.padStart(12)}`,
  );
  for (const [i, [name, check]] of filters.entries()) {
    const s = score(entries, check);
    const h = score(holdout, check);
    figures[`${name}: own F1 / NM-FP / holdout F1 / checks per s`] =
      `${s.f1.toFixed(3)} / ${s.nearMissFpr.toFixed(3)} / ${h.f1.toFixed(3)} / ${rates[i]}`;
    console.log(
      `${name.padEnd(27)}${pct(s.precision)}${pct(s.recall)}${pct(s.f1)}${pct(s.f1De)}${pct(s.f1En)}${pct(s.nearMissFpr)}${pct(h.f1)}${rates[i].toLocaleString('en').padStart(12)}`,
    );
  }
  for (const [title, set] of [
    ['dev part (tuning may look at it)', externalSet('dev', DEV_EVERY)],
    ['HELD-OUT part (never looked at while tuning)', holdoutSet(1)],
  ] as const) {
    const n = set.innocent.de.length + set.innocent.en.length;
    console.log(
      `\n2. external data, ${title}: ${n} innocent dictionary words, ${set.offensive.de.length + set.offensive.en.length} offensive list words (${set.newStems.length} with no dev-listed word inside: new-stem caught%), ${set.nearMiss.length} near-misses, ${set.names.length} names`,
    );
    console.log(EXTERNAL_HEAD);
    for (const [name, check] of filters) {
      const f = externalFigures(set, check);
      console.log(externalRow(name, f));
      const key = `${name}: ${title.startsWith('dev') ? 'dev' : 'held-out'} FP/100k de|en, caught% de|en, NM-FP%, F1`;
      figures[key] =
        `${f.innocentPer100k.de.toFixed(1)}|${f.innocentPer100k.en.toFixed(1)}, ${f.caughtPct.de.toFixed(1)}|${f.caughtPct.en.toFixed(1)}, ${f.nearMissFpPct.toFixed(2)}, ${f.f1.toFixed(3)}`;
    }
    if (title.startsWith('dev')) {
      // Only the words a reading of the dev part (devAudit.ts) found plain, or has not read yet.
      const [, ours] = filters[0];
      const audited = (lang: 'de' | 'en') =>
        (set.innocent[lang].filter((w) => ours(w) && auditedInnocent(lang, w)).length / set.innocent[lang].length) *
        1e5;
      const line = `${col(audited('de'))}${col(audited('en'))}`;
      console.log(`${`${filters[0][0]}: audited dev FP/100k (truly innocent only)`.padEnd(55)}${line}`);
      figures[`${filters[0][0]}: audited dev FP/100k de|en (truly innocent only)`] =
        `${audited('de').toFixed(1)}|${audited('en').toFixed(1)}`;
      const caught = (lang: 'de' | 'en') => {
        const offensive = set.offensive[lang].filter((w) => auditedOffensive(lang, w));
        return (offensive.filter(ours).length / offensive.length) * 100;
      };
      console.log(
        `${`${filters[0][0]}: audited dev caught% (misses read as innocent left out)`.padEnd(55)}${col(caught('de'))}${col(caught('en'))}`,
      );
      figures[`${filters[0][0]}: audited dev caught% de|en`] = `${caught('de').toFixed(1)}|${caught('en').toFixed(1)}`;
    }
  }
  const tweetPart = (part: GermEvalPart, key: string, title: string) => {
    const path = germevalPath(process.env, part);
    return { key, title, path, tweets: loadGermEval(path) };
  };
  Object.assign(
    figures,
    germevalSection(
      [
        tweetPart('dev', 'dev', 'dev: training file, tuning may look at it'),
        tweetPart('heldout', 'held-out', 'HELD-OUT: test file, never looked at while tuning'),
      ],
      filters,
    ),
  );
  figures['ours / allprofanity throughput'] = +(rates[0] / rates[1]).toFixed(2);
  return { name: 'text filter (tables above)', figures };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await benchTextFilter();
