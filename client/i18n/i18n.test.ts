import { describe, expect, test } from 'vitest';
import a11yDe from './a11y.de.json';
import a11yEn from './a11y.en.json';
import authDe from './auth.de.json';
import authEn from './auth.en.json';
import codesignDe from './codesign.de.json';
import codesignEn from './codesign.en.json';
import communityDe from './community.de.json';
import communityEn from './community.en.json';
import insightsDe from './insights.de.json';
import insightsEn from './insights.en.json';
import de from './de.json';
import en from './en.json';
import moderationDe from './moderation.de.json';
import merchDe from './merch.de.json';
import merchEn from './merch.en.json';
import merchStudioDe from './merchStudio.de.json';
import merchStudioEn from './merchStudio.en.json';
import moderationEn from './moderation.en.json';
import revisionsDe from './revisions.de.json';
import revisionsEn from './revisions.en.json';

/** Every key path of a message tree. */
function keys(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) =>
    v && typeof v === 'object' ? keys(v as object, `${prefix}${k}.`) : [`${prefix}${k}`],
  );
}

describe('German and English messages', () => {
  test.each([
    ['main', de, en],
    ['auth', authDe, authEn],
    ['moderation', moderationDe, moderationEn],
    ['merch', merchDe, merchEn],
    ['merchStudio', merchStudioDe, merchStudioEn],
    ['a11y', a11yDe, a11yEn],
    ['community', communityDe, communityEn],
    ['insights', insightsDe, insightsEn],
    ['revisions', revisionsDe, revisionsEn],
    ['codesign', codesignDe, codesignEn],
  ])('%s: both languages have the same keys', (_name, a, b) => {
    expect(keys(a).sort()).toEqual(keys(b).sort());
  });

  test('the message files do not overwrite each other', () => {
    const all = [
      keys(de),
      keys(authDe),
      keys(moderationDe),
      keys(merchDe),
      keys(revisionsDe),
      keys(codesignDe),
      keys(a11yDe),
      keys(communityDe),
      keys(insightsDe),
      keys(merchStudioDe),
    ].map((k) => new Set(k.map((p) => p.split('.')[0])));
    all.forEach((tops, i) => {
      for (const other of all.slice(i + 1)) expect([...tops].filter((k) => other.has(k))).toEqual([]);
    });
  });
});
