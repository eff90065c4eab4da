/** Wire types of the merchandisers' catalog routes (/api/admin/catalogs). */
import type { CatalogError } from './catalog/checkCatalog';
import type { LocalizedText } from './catalog/types';
import type { DesignChanges } from './merch/designChanges';

/** GET/PUT /api/admin/catalogs/:id/draft: the draft as stored, its errors and revision (the ETag). */
export interface DraftView {
  draft: Record<string, unknown>;
  errors: CatalogError[];
  revision: number;
}

/** One row of GET /api/admin/catalogs. */
export interface AdminCatalogRow {
  id: string;
  name: LocalizedText | null;
  publishedVersion: number | null;
  hasDraft: boolean;
  draftRevision: number | null;
  draftUpdatedAt: string | null;
}

/** A saved design the draft would break. */
export interface BrokenDesign {
  designId: string;
  name: string;
  status: string;
  catalogVersion: number;
  errors: { code: string; message: string }[];
}

/** A saved design the draft keeps valid but whose price, weight, allergens or diets change. */
export interface ChangedDesign {
  designId: string;
  name: string;
  status: string;
  catalogVersion: number;
  changes: DesignChanges;
}

/** GET /api/admin/catalogs/:id/impact. */
export interface Impact {
  /** The draft revision the impact was computed for. */
  revision: number;
  checked: number;
  broken: BrokenDesign[];
  brokenPublic: number;
  /** The first of the designs that change (old → new against the version each is on). */
  changed: ChangedDesign[];
  /** How many designs change, all counted. */
  changedCount: number;
  /** More designs exist than were checked (`cap`). */
  truncated: boolean;
  cap: number;
  /** The saved designs as of this moment (ISO): the in-memory index's last refresh, SUGGESTIONS_REFRESH_SECONDS. */
  asOf: string;
}

export type { CatalogDiff, ChangedItem, DiffItem, FieldChange, ListDiff } from './merch/diffCatalogs';

/** One row of GET /api/admin/catalogs/:id/versions, newest first. */
export interface CatalogVersionRow {
  version: number;
  publishedAt: string;
  /** null for the seeded versions. */
  publishedBy: { id: string; displayName: string } | null;
  note: string;
  counts: { groups: number; options: number; rules: number };
}
export type { Delta, DesignChanges, SetDelta } from './merch/designChanges';

/** GET /api/designs/:id/upgrade: what moving to the newest version changes (POST does it). */
export interface UpgradeOffer {
  designId: string;
  fromVersion: number;
  toVersion: number;
  upToDate: boolean;
  changes: DesignChanges;
  /** What the repair must change for the new version (options that go, quantities reduced), with the reason code. */
  repairs: { kind: string; optionId?: string; from?: number; to?: number; reason: string }[];
  /** Why the design as it is breaks the new version (empty: it moves unchanged). */
  reasons: { code: string; message: string }[];
}

/** POST /api/admin/catalogs: `{id, name:{de,en}}` (a new catalog) or `{fromCatalog}` (a draft of an existing one). */
export interface CreateCatalogDraftBody {
  id?: string;
  name?: { de: string; en: string };
  fromCatalog?: string;
  /** With fromCatalog: start from this published version (a rollback), numbered as the next. */
  fromVersion?: number;
}
