/** Wire types of the merchandisers' catalog routes (/api/admin/catalogs). */
import type { CatalogError } from './catalog/checkCatalog';
import type { LocalizedText } from './catalog/types';

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

/** GET /api/admin/catalogs/:id/impact. */
export interface Impact {
  /** The draft revision the impact was computed for. */
  revision: number;
  checked: number;
  broken: BrokenDesign[];
  brokenPublic: number;
  /** More designs exist than were checked (`cap`). */
  truncated: boolean;
  cap: number;
}

/** POST /api/admin/catalogs: `{id, name:{de,en}}` (a new catalog) or `{fromCatalog}` (a draft of an existing one). */
export interface CreateCatalogDraftBody {
  id?: string;
  name?: { de: string; en: string };
  fromCatalog?: string;
}
