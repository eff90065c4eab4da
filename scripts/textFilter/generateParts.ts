/**
 * Writes server/textFilter/terms/parts.generated.txt.gz (one word a line, gzipped): the innocent compound parts the seam rule
 * (server/textFilter/seams.ts) splits words into, from Debian's word lists (wngerman =
 * igerman98 by Björn Jacke, GPL-2/GPL-3; wamerican-large and wbritish-large = SCOWL by Kevin
 * Atkinson, permissive). Those lists are a different source than the dictionaries the bench
 * measures with (german-*-dict = Morphy, an-array-of-english-words), so the bench stays honest.
 *
 * Kept: lower-case folded words (ß → ss, doubled letters collapsed like the text runs) of 3 to
 * 14 letters that do not themselves split into two other words of four or more letters (those
 * add nothing: the split search finds their parts), and that contain no term of the filter that
 * may sit inside words (Klugscheißer, Sparschwein: the straddle rule must find Spar|schwein).
 * Run after `apt-get install wngerman wamerican-large wbritish-large`:
 * `npx tsx scripts/textFilter/generateParts.ts`. The app reads only the generated file.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { expand } from '../../server/textFilter/compile';
import { foldTerm } from '../../server/textFilter/normalize';
import { CLASS_TERMS } from '../../server/textFilter/terms/classes';
import { DE_TERMS } from '../../server/textFilter/terms/de';
import { EN_TERMS } from '../../server/textFilter/terms/en';

const SOURCES = [
  '/usr/share/dict/ngerman',
  '/usr/share/dict/american-english-large',
  '/usr/share/dict/british-english-large',
];
const LINKS = ['', 's', 'es', 'n', 'en', 'er', 'e'];

const collapse = (s: string): string => s.replace(/(.)\1+/g, '$1');
/** Folded like the filter folds text (lower case, ß → ss, accents off, ä ö ü kept), runs collapsed. */
const fold = (w: string): string => collapse(foldTerm(w));

const words = new Set<string>();
/** German nouns (capitalised in wngerman): where bound first parts are looked for. */
const nouns = new Set<string>();
for (const file of SOURCES) {
  if (!existsSync(file)) throw new Error(`${file} is missing: apt-get install wngerman wamerican-large wbritish-large`);
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!/^\p{L}+$/u.test(line)) continue; // no possessives, abbreviations with dots, hyphens
    if (line.length > 1 && line === line.toUpperCase()) continue; // acronyms
    const f = fold(line);
    if (f.length >= 3 && f.length <= 14) words.add(f);
    if (file.endsWith('ngerman') && /^\p{Lu}/u.test(line)) nouns.add(f);
  }
}

const splitsInTwo = (w: string): boolean => {
  for (let i = 4; i <= w.length - 4; i++) {
    if (!words.has(w.slice(0, i))) continue;
    for (const l of LINKS)
      if (w.startsWith(l, i) && w.length - i - l.length >= 4 && words.has(w.slice(i + l.length))) return true;
  }
  return false;
};

/**
 * First parts that are no words of their own (Agrar-, Bundes-): four or more letters that begin
 * at least BOUND different German nouns whose rest is a word too.
 */
const BOUND = 5;
const firsts = new Map<string, number>();
for (const w of nouns)
  for (let i = 4; i <= Math.min(w.length - 4, 12); i++)
    if (words.has(w.slice(i))) firsts.set(w.slice(0, i), (firsts.get(w.slice(0, i)) ?? 0) + 1);
for (const [first, n] of firsts) if (n >= BOUND) words.add(first);

/** Terms found inside words (modes any, end, inner; not `seams: false`), folded like the parts. */
const inside = [...DE_TERMS, ...EN_TERMS, ...CLASS_TERMS]
  .filter((g) => g.seams !== false && ['any', 'end', 'inner'].includes(g.mode))
  .flatMap((g) => g.terms.flatMap((t) => expand(t)))
  .filter((t) => !t.includes(' '))
  .map((t) => collapse(foldTerm(t)));
const containsTerm = (w: string): boolean => inside.some((t) => w.includes(t));

const kept = [...words].filter((w) => !splitsInTwo(w) && !containsTerm(w)).sort();
const out = fileURLToPath(new URL('../../server/textFilter/terms/parts.generated.txt.gz', import.meta.url));
writeFileSync(out, gzipSync(kept.join('\n') + '\n', { level: 9 }));
console.log(`${kept.length} parts (of ${words.size} words) written to ${out}`);
