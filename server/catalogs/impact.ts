import type { Catalog, Locale } from '@shared/catalog/types';
import type { BrokenDesign, ChangedDesign, Impact } from '@shared/merch';
import { designChanges, hasChanges, type DesignChanges } from '@shared/merch/designChanges';
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

/**
 * The designs of a catalog to check, public ones first, at most `cap + 1` (one more tells
 * that some were left out). One unsorted read when the catalog has no more than `cap`: on
 * FerretDB's SQLite backend every filter scans the collection and a sort makes it hold and
 * sort all of it, so the order (public first, then by id) is made here instead.
 */
export async function designsOf(catalogId: string, cap: number): Promise<DesignDoc[]> {
  const all = await DesignModel.find({ catalogId }, FIELDS)
    .limit(cap + 1)
    .lean<DesignDoc[]>();
  if (all.length <= cap) return all.sort(publicFirst);
  // More than the cap: which ones are checked matters, so ask for them in order.
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

const publicFirst = (a: DesignDoc, b: DesignDoc) =>
  Number(b.status === 'public') - Number(a.status === 'public') || (a._id < b._id ? -1 : a._id > b._id ? 1 : 0);

/** What decides a design's verdict: everything but its name and id (the rules never read those). */
const contentKey = (d: DesignDoc) =>
  JSON.stringify([d.catalogVersion, d.selections.map((s) => [s.optionId, s.quantity]), d.texts ?? {}, d.diets ?? []]);

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
  // Saved designs repeat (the same favourite mix saved by many): each distinct content is
  // checked once, then its verdict is reused; exact, as the verdict depends on nothing else.
  const verdicts = new Map<string, { errors: BrokenDesign['errors']; changes: DesignChanges }>();
  for (const d of designs) {
    const key = contentKey(d);
    let verdict = verdicts.get(key);
    if (!verdict) {
      const draft = { ...draftOf(d), catalogVersion: catalog.version };
      const errors = evaluate(catalog, draft, locale).map((e) => ({ code: e.code, message: e.message }));
      const before = errors.length ? undefined : pinned.get(d.catalogVersion);
      verdict = { errors, changes: before ? designChanges(before, catalog, draft) : {} };
      verdicts.set(key, verdict);
    }
    const base = {
      designId: d._id,
      name: d.name ?? '',
      status: d.status ?? 'private',
      catalogVersion: d.catalogVersion,
    };
    if (verdict.errors.length) {
      broken.push({ ...base, errors: verdict.errors });
      continue;
    }
    if (!hasChanges(verdict.changes)) continue;
    changedCount++;
    if (changed.length < CHANGED_LISTED) changed.push({ ...base, changes: verdict.changes });
  }
  return {
    checked: designs.length,
    broken,
    brokenPublic: broken.filter((b) => b.status === 'public').length,
    changed,
    changedCount,
  };
}
