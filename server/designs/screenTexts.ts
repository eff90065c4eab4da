import type { Violation } from '@shared/api';
import type { DesignDraft, Locale } from '@shared/catalog/types';
import type { TextCategory, TextFinding, TextPolicy } from '@shared/moderation';
import type { CatalogStore } from '@server/catalogs/catalogStore';
import { textRejected } from '@server/errors';
import { checkTextWith } from '@server/textFilter';

/**
 * The text policy of the catalog version a design was made with (undefined: the site's, also
 * when that version is gone): for the texts written about the design, such as its reviews.
 */
export async function designTextPolicy(
  catalogs: CatalogStore,
  design: { catalogId: string; catalogVersion: number },
): Promise<Partial<TextPolicy> | undefined> {
  const prepared =
    catalogs.peek(design.catalogId, design.catalogVersion) ??
    (await catalogs.get(design.catalogId, design.catalogVersion));
  return prepared?.catalog.textPolicy;
}

/** A stored finding also keeps the canonical term, for the moderators' queue. */
export type StoredFinding = TextFinding & { term: string };

export interface ScreenedTexts {
  /** One violation per blocked field: saving is refused with 422 text_rejected. */
  blocked: Violation[];
  /** Review-level matches: saved, and shown to the moderator who decides the submission. */
  findings: StoredFinding[];
}

/** A user text with the JSON pointer of its field (`/name`, `/texts/line1`, `/displayName`). */
export type TextField = readonly [path: string, text: string];

const CATEGORY: Record<Locale, Record<TextCategory, string>> = {
  de: {
    profanity: 'Kraftausdruck',
    insult: 'Beleidigung',
    sexual: 'sexueller Inhalt',
    hate: 'Hass',
    threat: 'Drohung',
    extremism: 'verfassungsfeindliche Parole',
  },
  en: {
    profanity: 'profanity',
    insult: 'insult',
    sexual: 'sexual content',
    hate: 'hate',
    threat: 'threat',
    extremism: 'extremist slogan',
  },
};

function blockedViolation(path: string, category: TextCategory, start: number, end: number, locale: Locale): Violation {
  const what = CATEGORY[locale][category];
  const message =
    locale === 'de'
      ? `Der Text in ${path} ist so nicht erlaubt (${what}). Bitte formuliere ihn um.`
      : `The text in ${path} is not allowed as written (${what}). Please reword it.`;
  return { code: 'text_blocked', message, path, params: { category, start, end } };
}

/**
 * Runs each text through the filter under `policy` (a catalog's `textPolicy`; unset: the site's);
 * the first blocked span of a field names it.
 */
export function screenFields(
  fields: readonly TextField[],
  locale: Locale,
  policy?: Partial<TextPolicy>,
): ScreenedTexts {
  const blocked: Violation[] = [];
  const findings: StoredFinding[] = [];
  for (const [path, text] of fields) {
    const { verdict, matches } = checkTextWith(text, { locale, policy });
    if (verdict === 'block') {
      const first = matches.find((m) => m.severity === 'block')!;
      blocked.push(blockedViolation(path, first.category, first.start, first.end, locale));
    } else {
      for (const m of matches)
        findings.push({ path, start: m.start, end: m.end, category: m.category, severity: m.severity, term: m.term });
    }
  }
  return { blocked, findings };
}

/** Every user text of a draft: the name (as stored, trimmed) and each catalog text field. */
export function draftTexts(draft: Pick<DesignDraft, 'name' | 'texts'>): TextField[] {
  const texts = Object.entries(draft.texts ?? {}).map(([id, text]): TextField => [`/texts/${id}`, text]);
  return [['/name', (draft.name ?? '').trim()], ...texts];
}

/**
 * Screens every user text of a draft before it is saved, under its catalog's `textPolicy`.
 * Throws 422 `text_rejected` naming each blocked field (nothing may be saved then); returns the
 * review-level findings to store.
 */
export function screenTexts(
  draft: Pick<DesignDraft, 'name' | 'texts'>,
  locale: Locale,
  policy?: Partial<TextPolicy>,
): StoredFinding[] {
  return assertAllowed(draftTexts(draft), locale, policy);
}

/**
 * Screens any user texts (a display name, an appeal, a review): 422 `text_rejected` when one is
 * blocked under `policy` (a catalog's; unset: the site's).
 */
export function assertAllowed(
  fields: readonly TextField[],
  locale: Locale,
  policy?: Partial<TextPolicy>,
): StoredFinding[] {
  const { blocked, findings } = screenFields(fields, locale, policy);
  if (blocked.length) throw textRejected(blocked);
  return findings;
}
