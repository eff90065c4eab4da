/**
 * What the filter gets wrong on the DEV part of the external data (never the held-out part):
 * innocent words it flags, with the term that matched, and offensive words it misses.
 * `npx tsx tests/moderation/external/devReport.ts [de|en] [fp|miss] [limit]`.
 */
import { checkText } from '../../../server/textFilter/index';
import { externalSet } from './figures';

const [lang = 'de', what = 'fp', limit = '200'] = process.argv.slice(2) as ['de' | 'en', string, string];
const set = externalSet('dev');
const words = what === 'fp' ? set.innocent[lang] : set.offensive[lang];
const wrong = words.filter((w) => (checkText(w).verdict !== 'allow') === (what === 'fp'));
console.log(
  `${wrong.length} of ${words.length} ${lang} ${what === 'fp' ? 'innocent words flagged' : 'offensive words missed'}`,
);
for (const w of wrong.slice(0, +limit))
  console.log(
    what === 'fp'
      ? `${w}\t${checkText(w)
          .matches.map((m) => m.term)
          .join(',')}`
      : w,
  );
