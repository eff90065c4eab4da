import { resolveLeetSpeakTransformer } from 'obscenity';

/**
 * Character classes and the letters a canonical character may stand for (its "acc" string),
 * used by views.ts to build runs.
 */

const ALL = 'abcdefghijklmnopqrstuvwxyzäöü';
const VOWELS = 'aeiouyäöü';
/** `*` inside a word stands for any letter. */
export const WILDCARD = ALL;

// Leet table: obscenity's mapping for ASCII symbols and digits, widened where one symbol stands
// for several letters in practice (`f4ck`, `f@ck` hide a vowel, not necessarily an `a`).
/** Letters a digit or symbol may stand for inside a word. */
export const LEET: Record<string, string> = {};
const leet = resolveLeetSpeakTransformer();
for (let cp = 33; cp < 127; cp++) {
  const c = String.fromCharCode(cp);
  const t = /[a-z]/i.test(c) ? undefined : leet.transform(cp);
  if (t !== undefined && t !== cp) LEET[c] = String.fromCharCode(t).toLowerCase();
}
Object.assign(LEET, {
  '1': 'il',
  '!': 'il',
  '|': 'il',
  '4': 'a' + VOWELS.slice(1),
  '@': 'a' + VOWELS.slice(1),
  '8': 'b',
  '9': 'g',
  '6': 'g',
  '+': 't',
  '€': 'e',
  '*': WILDCARD,
});

const ACC_LETTER: Record<string, string> = { ä: 'äa', ö: 'öo', ü: 'üu' };
// Plain numbers, not an object/enum: property reads in the per-character loops showed in profiles.
export const SPACE = 0,
  LETTER = 1,
  DIGIT = 2,
  LEETSYM = 3,
  PUNCT = 4;
/** One of SPACE, LETTER, DIGIT, LEETSYM, PUNCT. */
export type Kind = number;

function kindSlow(ch: string): Kind {
  if (ch === ' ') return SPACE;
  if ((ch >= 'a' && ch <= 'z') || ch === 'ä' || ch === 'ö' || ch === 'ü') return LETTER;
  if (ch >= '0' && ch <= '9') return DIGIT;
  if (LEET[ch] !== undefined) return LEETSYM;
  return /\p{L}|\p{N}/u.test(ch) ? LETTER : PUNCT; // other scripts stay word characters
}
const KIND_TABLE = Array.from({ length: 256 }, (_, c) => kindSlow(String.fromCharCode(c)));
/** The class of a canonical character; other scripts count as letters (word characters). */
export const kindOf = (ch: string): Kind => {
  const code = ch.charCodeAt(0);
  return code < 256 ? KIND_TABLE[code] : kindSlow(ch);
};

/** Letters a letter unit may stand for: an umlaut also for its base vowel (`fück`). */
export const acc = (ch: string): string => (ch.charCodeAt(0) < 128 ? ch : (ACC_LETTER[ch] ?? ch));
