import type { Catalog, Locale } from '@shared/catalog/types';
import type { BrokenDesign, ChangedDesign, Impact } from '@shared/merch';
import { designChanges, hasChanges } from '@shared/merch/designChanges';
import { evaluate } from '@shared/rules';
import { draftOf } from '@server/designs/draftOf';
import { DesignModel, type DesignDoc } from '@server/models/Design';
import { trusted } from '@server/db/trusted';

/** At most this many saved designs are checked per request (public ones first). */
export const IMPACT_CAP = 10_000;
/** At most this many changed designs are listed (all are counted). */
export const CHANGED_LISTED = 300;

const FIELDS = { catalogId: 1, catalogVersion: 1, name: 1, selections: 1, texts: 1, diets: 1, status: 1 };

/** The published version a design is pinned to; null when it is gone. */
export type VersionLookup = (version: number) => Promise<Catalog | null>;

export async function designsOf(catalogId: string, cap: number): Promise<DesignDoc[]> {
  const publicOnes = await DesignModel.find({ catalogId, status: 'public' }, FIELDS)
    .sort({ _id: 1 })
    .limit(cap + 1)
    .lean<DesignDoc[]>();
  const room = cap + 1 - publicOnes.length;
  const others =
    room > 0
      ? await DesignModel.find({ catalogId, status: trusted({ $ne: 'public' as const }) }, FIELDS)
          .sort({ _id: 1 })
          .limit(room)
          .lean<DesignDoc[]>()
      : [];
  return [...publicOnes, ...others];
}

/**
 * Which saved designs of the catalog (any status, pinned to any version) would be invalid
 * against `catalog` (the shared rule engine decides, exactly as for a new save), and which
 * valid ones would change price, weight, allergens or diets against the version they are on.
 */
export async function impactOf(
  catalog: Catalog,
  locale: Locale,
  versionOf: VersionLookup,
  cap = IMPACT_CAP,
): Promise<Omit<Impact, 'revision'>> {
  const all = await designsOf(catalog.id, cap);
  const designs = all.slice(0, cap);
  const pinned = new Map<number, Catalog | null>();
  for (const v of new Set(designs.map((d) => d.catalogVersion))) pinned.set(v, await versionOf(v));
  return { ...assessImpact(catalog, designs, pinned, locale), truncated: all.length > cap, cap };
}

/** The CPU part of the impact report (no I/O): rules and totals of each design, old → new. */
export function assessImpact(
  catalog: Catalog,
  designs: DesignDoc[],
  pinned: Map<number, Catalog | null>,
  locale: Locale,
): Omit<Impact, 'revision' | 'truncated' | 'cap'> {
  const broken: BrokenDesign[] = [];
  const changed: ChangedDesign[] = [];
  let changedCount = 0;
  for (const d of designs) {
    const draft = { ...draftOf(d), catalogVersion: catalog.version };
    const base = {
      designId: d._id,
      name: d.name ?? '',
      status: d.status ?? 'private',
      catalogVersion: d.catalogVersion,
    };
    const errors = evaluate(catalog, draft, locale);
    if (errors.length) {
      broken.push({ ...base, errors: errors.map((e) => ({ code: e.code, message: e.message })) });
      continue;
    }
    const before = pinned.get(d.catalogVersion);
    const changes = before ? designChanges(before, catalog, draft) : {};
    if (!hasChanges(changes)) continue;
    changedCount++;
    if (changed.length < CHANGED_LISTED) changed.push({ ...base, changes });
  }
  return {
    checked: designs.length,
    broken,
    brokenPublic: broken.filter((b) => b.status === 'public').length,
    changed,
    changedCount,
  };
}
