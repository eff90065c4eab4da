// The reader of the local GermEval 2018 file. Made-up lines only: no tweet of the corpus may be
// copied here (see index.ts).
import { describe, expect, it } from 'vitest';
import { cleanTweet, countByLabel, flaggedPct, germevalPath, loadGermEval, parseGermEval } from './index';

describe('GermEval 2018 reader', () => {
  it('removes @mentions and |LBR| markers but keeps e-mail addresses and words', () => {
    expect(cleanTweet('@anna @b_2 Guten Morgen |LBR| zusammen')).toBe('Guten Morgen zusammen');
    expect(cleanTweet('"@anna: schön" .@bert ok')).toBe('" : schön" . ok');
    expect(cleanTweet('schreib an info@example.org')).toBe('schreib an info@example.org');
    expect(cleanTweet('Kaffee &amp; Kuchen -&gt; gut')).toBe('Kaffee & Kuchen -> gut');
  });

  it('parses tweet, coarse and fine label per line and rejects malformed lines', () => {
    const tweets = parseGermEval('@x Hallo Welt\tOTHER\tOTHER\nDu Beispiel\tOFFENSE\tINSULT\r\n\n');
    expect(tweets).toEqual([
      { text: 'Hallo Welt', fine: 'OTHER' },
      { text: 'Du Beispiel', fine: 'INSULT' },
    ]);
    expect(() => parseGermEval('kein Label hier')).toThrow(/line 1/);
    expect(() => parseGermEval('Text\tOFFENSE\tRUDE')).toThrow(/line 1/);
  });

  it('counts per label and the flagged share of each', () => {
    const tweets = parseGermEval('a\tOTHER\tOTHER\nb\tOTHER\tOTHER\nc\tOFFENSE\tABUSE\nd\tOFFENSE\tABUSE\n');
    expect(countByLabel(tweets)).toEqual({ PROFANITY: 0, INSULT: 0, ABUSE: 2, OTHER: 2 });
    const pct = flaggedPct(tweets, (t) => t === 'b' || t === 'c' || t === 'd');
    expect(pct.OTHER).toBe(50);
    expect(pct.ABUSE).toBe(100);
    expect(pct.PROFANITY).toBeNaN();
  });

  it('takes the path from GERMEVAL2018_FILE and reports a missing file as absent', () => {
    expect(germevalPath({ GERMEVAL2018_FILE: '/nowhere/x.txt' })).toBe('/nowhere/x.txt');
    expect(germevalPath({})).toMatch(/\.cache\/germeval2018\/germeval2018\.test\.txt$/);
    expect(germevalPath({}, 'dev')).toMatch(/\.cache\/germeval2018\/germeval2018\.training\.txt$/);
    expect(germevalPath({ GERMEVAL2018_FILE: '/nowhere/x.txt' }, 'dev')).toMatch(/training\.txt$/);
    expect(germevalPath({ GERMEVAL2018_DEV_FILE: '/nowhere/d.txt' }, 'dev')).toBe('/nowhere/d.txt');
    expect(loadGermEval('/nowhere/germeval2018.test.txt')).toBeUndefined();
  });
});
