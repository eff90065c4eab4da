import { resolveConfusablesTransformer } from 'obscenity';

/**
 * Character folding with an offset map. Each original code point becomes zero or more canonical
 * characters ("units"), each remembering the UTF-16 range of the original text it came from, so
 * a match on the canonical form maps back to exact offsets for highlighting.
 *
 * Canonical form: lower case a-z, digits, `ä ö ü` (kept: they are real German letters, `Möse` is
 * not `Mose`), `ß` → `ss`, whitespace → ' ', every other letter folded to ASCII where Unicode
 * (NFKD: full-width, mathematical, accents) or obscenity's confusables table (Cyrillic, Greek,
 * enclosed letters) knows an ASCII look-alike; invisible characters and combining marks vanish.
 */

/**
 * The canonical characters of a text, unit `i < length` being `ch[i]` with the original UTF-16
 * range `[start[i], end[i])` it stands for (three arrays, not an object per character: a check
 * allocates little, and the garbage collector showed in profiles).
 */
export interface Units {
  ch: string[];
  start: Int32Array;
  end: Int32Array;
  length: number;
}

// obscenity's table maps ü→u and ß→B, so our own umlaut/ß handling runs first.
const confusables = resolveConfusablesTransformer();

const GERMAN: Record<string, string> = { ä: 'ä', Ä: 'ä', ö: 'ö', Ö: 'ö', ü: 'ü', Ü: 'ü', ß: 'ss', ẞ: 'ss' };
const UMLAUT_OF: Record<string, string> = { a: 'ä', o: 'ö', u: 'ü' };
const SPACE = /^[\s\p{Z}]$/u;
// Cf: zero-width space/joiners, U+2060, BOM, soft hyphen, bidi controls, tags. Hangul fillers and
// the braille blank render as nothing and are popular for smuggling words past filters.
const INVISIBLE = /^[\p{Cf}\p{M}\u115F\u1160\u3164\uFFA0\u2800]$/u;
const ASCII_ALNUM = /^[a-z0-9]+$/;

const ASCII: string[] = Array.from({ length: 128 }, (_, cp) => {
  if (cp === 9 || cp === 10 || cp === 13 || cp === 32) return ' ';
  if (cp < 32 || cp === 127) return '';
  return String.fromCharCode(cp).toLowerCase();
});

const cache = new Map<number, string>();
const CACHE_LIMIT = 8192; // bounded, so a flood of random code points cannot grow memory

function foldSlow(cp: number): string {
  const s = String.fromCodePoint(cp);
  const german = GERMAN[s];
  if (german !== undefined) return german;
  if (INVISIBLE.test(s)) return ''; // before SPACE: JS counts U+FEFF as whitespace
  if (SPACE.test(s)) return ' ';
  const decomposed = s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  if (ASCII_ALNUM.test(decomposed)) return decomposed;
  const look = confusables.transform(cp);
  if (look !== undefined && look < 128) return ASCII[look] ?? decomposed;
  return decomposed;
}

/** Canonical characters for one code point ('' for invisible ones). */
export function foldCodePoint(cp: number): string {
  if (cp < 128) return ASCII[cp];
  let folded = cache.get(cp);
  if (folded === undefined) {
    folded = foldSlow(cp);
    if (cache.size < CACHE_LIMIT) cache.set(cp, folded);
  }
  return folded;
}

/**
 * The units of the text being checked, reused from check to check (their arrays grow to the
 * longest text seen): fresh arrays per check were a tenth of the allocations.
 */
const current: Units = { ch: [], start: new Int32Array(64), end: new Int32Array(64), length: 0 };

function grow(units: Units): void {
  const start = new Int32Array(units.start.length * 2);
  const end = new Int32Array(start.length);
  start.set(units.start);
  end.set(units.end);
  units.start = start;
  units.end = end;
}

/**
 * Folds `text` into canonical units with their original offsets. The result is overwritten by
 * the next call: use it before folding another text.
 */
export function toUnits(text: string): Units {
  const units = current;
  const { ch } = units;
  let n = 0;
  for (let i = 0; i < text.length;) {
    const cp = text.codePointAt(i) ?? 0;
    const width = cp > 0xffff ? 2 : 1;
    const last = n - 1;
    // A decomposed umlaut (u + U+0308) is the same German letter as the precomposed one.
    if (cp === 0x308 && last >= 0 && units.end[last] === i && UMLAUT_OF[ch[last]] !== undefined) {
      ch[last] = UMLAUT_OF[ch[last]];
      units.end[last] = i + width;
    } else {
      const folded = foldCodePoint(cp);
      for (let k = 0; k < folded.length; k++) {
        if (n === units.start.length) grow(units);
        ch[n] = folded[k];
        units.start[n] = i;
        units.end[n] = i + width;
        n++;
      }
    }
    i += width;
  }
  units.length = n;
  return units;
}

/** Folds a term from our data the same way the text is folded, so both meet in one form. */
export function foldTerm(term: string): string {
  const { ch, length } = toUnits(term);
  return ch.slice(0, length).join('').replace(/ +/g, ' ').trim();
}
