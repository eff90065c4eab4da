import type { Catalog, Locale } from '@shared/catalog/types';
import type { BrokenDesign, Impact } from '@shared/merch';
import { evaluate } from '@shared/rules';
import { draftOf } from '@server/designs/draftOf';
import { DesignModel, type DesignDoc } from '@server/models/Design';
import { trusted } from '@server/db/trusted';

/** At most this many saved designs are checked per request (public ones first). */
export const IMPACT_CAP = 5000;

const FIELDS = { catalogId: 1, catalogVersion: 1, name: 1, selections: 1, texts: 1, diets: 1, status: 1 };

/**
 * Which saved designs of the catalog (any status, pinned to any version) would be invalid
 * against `catalog`: the shared rule engine decides, exactly as it would for a new save.
 */
export async function impactOf(catalog: Catalog, locale: Locale, cap = IMPACT_CAP): Promise<Omit<Impact, 'revision'>> {
  const publicOnes = await DesignModel.find({ catalogId: catalog.id, status: 'public' }, FIELDS)
    .sort({ _id: 1 })
    .limit(cap + 1)
    .lean<DesignDoc[]>();
  const room = cap + 1 - publicOnes.length;
  const others =
    room > 0
      ? await DesignModel.find({ catalogId: catalog.id, status: trusted({ $ne: 'public' as const }) }, FIELDS)
          .sort({ _id: 1 })
          .limit(room)
          .lean<DesignDoc[]>()
      : [];
  const all = [...publicOnes, ...others];
  const truncated = all.length > cap;
  const designs = all.slice(0, cap);
  const broken: BrokenDesign[] = [];
  for (const d of designs) {
    const errors = evaluate(catalog, { ...draftOf(d), catalogVersion: catalog.version }, locale);
    if (errors.length)
      broken.push({
        designId: d._id,
        name: d.name ?? '',
        status: d.status ?? 'private',
        catalogVersion: d.catalogVersion,
        errors: errors.map((e) => ({ code: e.code, message: e.message })),
      });
  }
  return {
    checked: designs.length,
    broken,
    brokenPublic: broken.filter((b) => b.status === 'public').length,
    truncated,
    cap,
  };
}
