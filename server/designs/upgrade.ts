import type { Catalog, DesignDraft, Locale } from '@shared/catalog/types';
import type { UpgradeOffer } from '@shared/merch';
import { designChanges } from '@shared/merch/designChanges';
import { evaluate, repair } from '@shared/rules';
import type { CatalogStore } from '@server/catalogs/catalogStore';
import { draftOf } from '@server/designs/draftOf';
import { notFound } from '@server/errors';
import type { DesignDoc } from '@server/models/Design';

/**
 * What moving a saved design to the newest published version changes: the repair the new
 * version requires (options that must go and why) and price, weight, allergens and diets
 * old → new. Designs never move by themselves; `draft` is what POST …/upgrade would store.
 */
export async function upgradeOffer(
  catalogs: CatalogStore,
  doc: DesignDoc,
  locale: Locale,
): Promise<{ offer: UpgradeOffer; draft: DesignDraft; newest: Catalog }> {
  const [pinned, newest] = await Promise.all([
    catalogs.get(doc.catalogId, doc.catalogVersion),
    catalogs.get(doc.catalogId),
  ]);
  if (!newest) throw notFound(`Catalog ${doc.catalogId}`);
  const draft: DesignDraft = { ...draftOf(doc), catalogVersion: newest.catalog.version };
  const broken = evaluate(newest.catalog, draft, locale);
  const repaired = broken.length ? repair(newest.catalog, draft) : { design: draft, changes: [] };
  const fixed: DesignDraft = {
    ...repaired.design,
    catalogId: doc.catalogId,
    catalogVersion: newest.catalog.version,
    name: draft.name,
  };
  const offer: UpgradeOffer = {
    designId: doc._id,
    fromVersion: doc.catalogVersion,
    toVersion: newest.catalog.version,
    upToDate: doc.catalogVersion >= newest.catalog.version,
    changes: pinned ? designChanges(pinned.catalog, newest.catalog, fixed) : {},
    repairs: repaired.changes,
    reasons: broken.map((v) => ({ code: v.code, message: v.message })),
  };
  return { offer, draft: fixed, newest: newest.catalog };
}
