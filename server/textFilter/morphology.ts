/**
 * German verb forms generated from a stem, so the term data lists `fick`, `wichs`, `vögel` once:
 * present, Konjunktiv I (`poppest`) and past endings, the ge-…-t participle, the present
 * participle, and the separable and inseparable prefixes (`durchgefickt`, `abgewichst`,
 * `abzuwichsen`, `verarscht`).
 * Stems ending in -el/-er drop the e where German does (`vögle`, `vögeln`).
 */
const SEPARABLE = ['ab', 'an', 'auf', 'aus', 'durch', 'rein', 'weg', 'zu', 'herum', 'rum', 'hoch', 'hin', 'nach'];
const INSEPARABLE = ['be', 'ver', 'zer', 'er'];

function conjugate(stem: string): string[] {
  const elEr = /[^aeiouäöü](el|er)$/.test(stem);
  const short = elEr ? stem.slice(0, -2) + stem.slice(-1) : stem; // vögel → vögl
  const infinitive = elEr ? stem + 'n' : stem + 'en';
  const s = /(s|ß|x|z|sch)$/.test(stem) ? '' : 's'; // du wichst, not wichsst
  return [
    (elEr ? short : stem) + 'e',
    stem + s + 't',
    stem + 't',
    stem + 'et',
    stem + 'est', // Konjunktiv I: du poppest
    stem + 'te',
    stem + 'test',
    stem + 'ten',
    stem + 'tet',
    infinitive,
    infinitive + 'd',
  ];
}

/**
 * Every form of a German verb stem. `withInfinitive: false` leaves out the forms that are also
 * nouns (`Vögeln` = birds).
 */
export function verbForms(stem: string, withInfinitive = true): string[] {
  const forms = new Set<string>();
  const base = conjugate(stem).filter((f) => withInfinitive || !f.endsWith('n'));
  const participle = 'ge' + stem + 't';
  for (const f of [...base, participle]) forms.add(f);
  // The verbal noun's genitive (des Vögelns) is no noun plural: also when the infinitive is one.
  if (!withInfinitive) forms.add((/[^aeiouäöü](el|er)$/.test(stem) ? stem + 'n' : stem + 'en') + 's');
  for (const p of SEPARABLE) {
    for (const f of base) forms.add(p + f);
    forms.add(p + participle);
    forms.add(p + 'zu' + (/[^aeiouäöü](el|er)$/.test(stem) ? stem + 'n' : stem + 'en'));
  }
  for (const p of INSEPARABLE) {
    for (const f of base) forms.add(p + f);
    forms.add(p + stem + 't');
  }
  return [...forms];
}

/**
 * English verb forms from a stem (`wank` → wanks, wanked, wanking, wanker; `shag` → shagging;
 * `jerk off` → jerking off). Phrasal verbs inflect their first word.
 */
export function englishVerbForms(stem: string): string[] {
  const [verb, ...rest] = stem.split(' ');
  const tail = rest.length ? ' ' + rest.join(' ') : '';
  const doubled = /[^aeiou][aeiou][bdgmnprt]$/.test(verb) ? verb + verb.slice(-1) : verb; // shag → shagg
  const e = /(s|sh|ch|x|z)$/.test(verb) ? 'es' : 's';
  // The bare stem only for phrasal verbs: a bare `wank` is also a mountain, `cum` Latin.
  const forms = [
    ...(rest.length ? [verb] : []),
    verb + e,
    doubled + 'ed',
    doubled + 'ing',
    doubled + 'er',
    doubled + 'ers',
  ];
  if (verb.endsWith('e')) forms.push(verb + 'd', verb.slice(0, -1) + 'ing');
  if (/(iz|is)$/.test(verb)) forms.push(verb + 'e', verb + 'es', verb + 'ed', verb + 'ing', verb + 'ation');
  return forms.map((f) => f + tail);
}

const UMLAUT: Record<string, string> = { au: 'äu', a: 'ä', o: 'ö', u: 'ü' };

/**
 * German diminutives of a noun in -e: the e drops before -chen and the last vowel takes its
 * umlaut (`Hure` → `Hürchen`, `Schlampe` → `Schlämpchen`, `Möse` → `Möschen`). Other nouns take
 * -chen as an ending already (see seams.ts).
 */
export function diminutives(noun: string): string[] {
  if (!/^[a-zäöüß]{3,}e$/.test(noun)) return [];
  const base = noun.slice(0, -1);
  const umlauted = base.replace(/(au|a|o|u)([^aeiouäöü]*)$/, (_, v: string, rest: string) => UMLAUT[v] + rest);
  return [umlauted + 'chen']; // not `Hurchen`: its misspellings are words (horchen)
}
