import type { Design } from '@shared/api';
import { DESIGN_LIMITS } from '@shared/catalog/designSchema';
import type { Locale } from '@shared/catalog/types';
import type { CatalogStore } from '@server/catalogs/catalogStore';
import { serially } from '@server/db/serialUpdates';
import { checkDraft } from '@server/designs/checkDraft';
import { draftOf } from '@server/designs/draftOf';
import { screenTexts } from '@server/designs/screenTexts';
import { setDesignFields } from '@server/designs/writeDesign';
import { DesignModel, type DesignDoc } from '@server/models/Design';
import type { Actor } from '@server/policies/actor';
import { presentDesign } from '@server/presenters/designPresenter';

const SUFFIX = ' (Remix)';

/** "<name> (Remix)", the name shortened so the whole stays within the name limit. */
export function remixName(name: string): string {
  const base = name
    .trim()
    .slice(0, DESIGN_LIMITS.nameMaxLength - SUFFIX.length)
    .trimEnd();
  return `${base}${SUFFIX}`.trim();
}

/** The source's `remixCount`: a recount of its remixes and `$set` under its write permit (never `$inc`, see votes.ts). */
export function recountRemixes(sourceId: string): Promise<number> {
  return serially(`remixes:${sourceId}`, async () => {
    const set = await setDesignFields(sourceId, async () => ({
      remixCount: await DesignModel.countDocuments({ remixOf: sourceId }),
    }));
    return set?.remixCount ?? 0;
  });
}

/**
 * A new private copy of a publicly visible design (the route checked that it is), owned by `actor`, pinned to
 * the source's catalog version and marked `remixOf` the source.
 *
 * WHY it is created even when the rules no longer pass (a rule or stock change on that
 * version is not possible, but the check is re-run anyway): the copy is private and editable,
 * so the shopper repairs it in the configurator, which shows each violation; refusing would
 * leave them with nothing. The texts ARE re-screened: a blocked text is refused (422), since
 * the filter's terms may have grown since the source was approved.
 */
export async function remixDesign(
  catalogs: CatalogStore,
  source: DesignDoc,
  actor: Actor,
  locale: Locale,
): Promise<Design> {
  const draft = { ...draftOf(source), name: remixName(source.name ?? '') };
  const { catalog, totals } = await checkDraft(catalogs, draft, locale);
  const findings = screenTexts(draft, locale, catalog.textPolicy);
  const doc = await DesignModel.create({
    ...draft,
    findings,
    totals,
    remixOf: source._id,
    ownerGuestId: actor.userId ? null : actor.guestId,
    ownerUserId: actor.userId ?? null,
  });
  await recountRemixes(source._id);
  return presentDesign(doc.toObject() as DesignDoc, true);
}
