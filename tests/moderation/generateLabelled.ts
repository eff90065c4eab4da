/**
 * Writes tests/moderation/labelled.json from the lists in labelledSource.ts, adding the
 * disguised variants of every base word. Deterministic; run `npx tsx tests/moderation/generateLabelled.ts`
 * and commit the output. Split: ~30% "holdout", chosen by a hash of the source word or text so
 * that all disguises of one word land in the same split (no leak from dev into holdout).
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { LabelledEntry } from './labelled';
import * as S from './labelledSource';

type Kind = LabelledEntry['kind'];

function hash(s: string): number {
  let h = 2166136261;
  for (const ch of s) h = Math.imul(h ^ (ch.codePointAt(0) ?? 0), 16777619) >>> 0;
  return h;
}
const split = (group: string): LabelledEntry['split'] => (hash(group) % 100 < 30 ? 'holdout' : 'dev');

const LEET: Record<string, string> = { a: '4', e: '3', i: '1', o: '0', s: '5', t: '7', A: '@', S: '$', I: '!' };
const CYRILLIC: Record<string, string> = { a: 'а', e: 'е', o: 'о', p: 'р', c: 'с', x: 'х', y: 'у', i: 'і' };
const DIACRITIC: Record<string, string> = { u: 'ü', i: 'í', a: 'à', o: 'ô', e: 'ë' };
const INVISIBLES = ['\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD'];

/** Replaces every `every`-th replaceable character (case-insensitive); at least one is replaced. */
function mapSome(w: string, table: Record<string, string>, every: number): string {
  let seen = 0;
  return [...w]
    .map((ch) => {
      const to = table[ch] ?? table[ch.toLowerCase()];
      return to !== undefined && seen++ % every === 0 ? to : ch;
    })
    .join('');
}

/** The disguises of one word, each with its kind; `n` varies the choice per word. */
function disguises(word: string, n: number): [Kind, string][] {
  const letters = [...word];
  const seps = ['.', ' ', '-', '_', '*'];
  const vowel = letters.findIndex((c) => /[aeiouäöü]/i.test(c));
  const out: [Kind, string][] = [
    ['leet', mapSome(word, LEET, 1 + (n % 2))],
    ['separators', letters.join(seps[n % seps.length] === '*' ? '.' : seps[n % seps.length])],
    ['repeats', letters.map((c, i) => (i === vowel ? c.repeat(3 + (n % 4)) : c)).join('')],
    [
      'lookalike',
      n % 3 === 0
        ? [...word]
            .map((c) => String.fromCodePoint((c.codePointAt(0) ?? 0) + (/[a-zA-Z]/.test(c) ? 0xfee0 : 0)))
            .join('')
        : mapSome(word, CYRILLIC, 1 + (n % 2)),
    ],
    ['invisible', letters.join(INVISIBLES[n % INVISIBLES.length])],
  ];
  if (/ß|ü|ö|ä/.test(word))
    out.push(['umlaut', word.replace(/ß/g, 'ss').replace(/ü/g, 'ue').replace(/ö/g, 'oe').replace(/ä/g, 'ae')]);
  else out.push(['umlaut', mapSome(word, DIACRITIC, 2)]);
  return out;
}

function build(): LabelledEntry[] {
  const out: LabelledEntry[] = [];
  const add = (text: string, lang: 'de' | 'en', abusive: boolean, kind: Kind, group: string, category?: string) =>
    out.push({
      text,
      lang,
      label: abusive ? 'abusive' : 'clean',
      ...(category ? { category: category as LabelledEntry['category'] } : {}),
      kind,
      split: split(group),
    });

  S.BASE.forEach(([word, lang, cat], n) => {
    const carriers = S.CARRIERS[lang];
    add(carriers[n % carriers.length].replace('$', word), lang, true, 'plain', word, cat);
    disguises(word, n).forEach(([kind, text], k) =>
      add(carriers[(n + k + 1) % carriers.length].replace('$', text), lang, true, kind, word, cat),
    );
  });
  // The same disguises applied to clean words must stay clean (the machinery must not invent abuse).
  ['Müsli', 'Burger', 'Frühstück', 'Käsekuchen', 'pancake', 'classic', 'Analyse', 'cocktail', 'Kunst', 'Hoden'].forEach(
    (word, n) =>
      disguises(word, n).forEach(([kind, text]) =>
        add(text, /ü|ä|Kunst|Analyse|Hoden/.test(word) ? 'de' : 'en', false, kind, `clean:${word}`),
      ),
  );
  for (const [t, lang, cat] of S.COMPOUNDS) add(t, lang, true, 'compound', t, cat);
  for (const [t, lang] of S.NEAR_MISSES) add(t, lang, false, 'near_miss', t);
  for (const [t, lang] of S.IDENTITY) add(t, lang, false, 'identity', t);
  for (const [t, lang, cat] of S.HATE) add(t, lang, true, 'hate', t, cat);
  for (const [t, lang, cat] of S.THREATS) add(t, lang, true, 'threat', t, cat);
  for (const [t, lang] of S.NAMES) add(t, lang, false, 'name', t);
  for (const [t, lang] of S.CLEAN_SENTENCES) add(t, lang, false, 'sentence', t);
  for (const [t, lang, cat] of S.ABUSIVE_SENTENCES) add(t, lang, true, 'sentence', t, cat);
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const entries = build();
  const file = fileURLToPath(new URL('./labelled.json', import.meta.url));
  writeFileSync(file, '[\n' + entries.map((e) => '  ' + JSON.stringify(e)).join(',\n') + '\n]\n');
  console.log(`${entries.length} entries, ${entries.filter((e) => e.split === 'holdout').length} holdout → ${file}`);
}
