/**
 * Wire types of the HTTP API under `/api`. The server's presenters produce exactly these;
 * the client's fetch layer consumes exactly these.
 */
import type { Allergen, Catalog, DesignDraft, LocalizedText, Nutrition, Selection } from './catalog/types';
import type { DesignModeration } from './moderation';
import type { StockReplacement } from './merch/stock';

/** A broken rule, as data. `options` names the options involved, `params` fill the message. */
export interface Violation {
  /** Rule-engine codes are the `RuleCode` union (shared/i18n/ruleMessages.ts); catalog errors add `catalog_error`. */
  code: string;
  message: string;
  /** Id of the catalog rule (or option / text field) that is broken. */
  ruleId?: string;
  /** Where it is shown: `/groups/<id>`, `/totals/<ruleId>`, `/texts/<field>`, `/selections/<k>`… */
  path?: string;
  options?: string[];
  params?: Record<string, string | number>;
}

export interface Totals {
  priceCents: number;
  weightGrams: number;
  /** Per 100 g of the whole design; null when nothing edible is chosen. */
  nutritionPer100g: Nutrition | null;
  allergens: Allergen[];
  /** Tags every chosen option carries (the design is `vegan` when all parts are). */
  commonTags: string[];
  /** Units chosen, over all options. */
  units: number;
}

export interface ValidateResponse {
  valid: boolean;
  errors: Violation[];
  totals: Totals;
}

export interface OptionGuidance {
  available: boolean;
  reasons: { code: string; message: string }[];
  /** True when the search ran out of its node budget before it knew: shown as available. */
  unknown?: boolean;
}

export interface GuidanceResponse {
  valid: boolean;
  errors: Violation[];
  /** What is still missing before the design is valid ("choose a base"). */
  missing: Violation[];
  options: Record<string, OptionGuidance>;
}

/** A design's place in the moderation workflow (server/moderation/stateMachine.ts moves it). */
export const DESIGN_STATUSES = ['private', 'pending', 'public', 'rejected', 'taken_down'] as const;
export type DesignStatus = (typeof DESIGN_STATUSES)[number];

/** A stored design as the API returns it. */
export interface Design {
  id: string;
  catalogId: string;
  catalogVersion: number;
  name: string;
  selections: Selection[];
  texts: Record<string, string>;
  diets: string[];
  totals: Totals;
  status: DesignStatus;
  /** True when the caller may change it. */
  editable: boolean;
  /**
   * Bumped by every change of the design (not by votes, reviews or remixes of it); the ETag of
   * GET and the `If-Match` that PATCH compares (412 when it no longer is the stored one).
   */
  revision: number;
  /** Rejection reason, appeal state, text findings: only in the owner's view. */
  moderation?: DesignModeration;
  /** The public design it was remixed from (POST /api/designs/:id/remix), else null. */
  remixOf: string | null;
  /** How many designs were remixed from this one. */
  remixCount: number;
  /** The caller's part in it (owner, editor, viewer), null for a public reader. */
  role?: 'owner' | 'editor' | 'viewer' | null;
  /** Someone was invited: it is edited live (shared/codesign), without a save button. */
  shared?: boolean;
  createdAt: string;
  updatedAt: string;
}

/** GET /api/designs/:id: a public design also carries its community fields. */
export type DesignView = Design &
  Partial<DesignCommunity> & {
    /** Its options out of stock now, each with the closest replacement in its group (absent: none). */
    outOfStock?: StockReplacement[];
  };

/** A public design named by another one's page (remix source, the author's others). */
export interface DesignRef {
  id: string;
  name: string;
  authorName: string;
  catalogId?: string;
  votes?: number;
}

/** Extra fields of GET /api/designs/:id when the design is public (absent otherwise). */
export interface DesignCommunity {
  votes: number;
  votedByMe: boolean;
  /** Mean review rating (1..5), null without reviews. */
  ratingAverage: number | null;
  ratingCount: number;
  authorName: string;
  /** The public design it was remixed from ("Remix von …"); null when none or not public. */
  remixSource: DesignRef | null;
  /** The caller made it. */
  mine: boolean;
}
/** PATCH /api/designs/:id: the shopper's fields it may change (the catalog cannot change, its version can). */
export type DesignPatch = Partial<Pick<DesignDraft, 'catalogVersion' | 'name' | 'selections' | 'texts' | 'diets'>>;

/** Orders of the public gallery: newest published first, or most votes first. */
export type GallerySort = 'new' | 'top';

/** A public design as the gallery shows it (GET /api/gallery). */
export interface GalleryItem {
  id: string;
  catalogId: string;
  catalogVersion: number;
  name: string;
  selections: Selection[];
  texts: Record<string, string>;
  totals: Totals;
  votes: number;
  /** The caller (signed in) has voted for it. */
  votedByMe: boolean;
  /** The caller made it: no vote on one's own design. */
  mine: boolean;
  /** The owner's display name. */
  authorName: string;
  publishedAt: string;
  /** Mean review rating (1..5), null without reviews. */
  ratingAverage: number | null;
  reviewCount: number;
}

/** One page of the gallery; `nextCursor` fetches the next one, null at the end. */
export interface GalleryPage {
  items: GalleryItem[];
  nextCursor: string | null;
}

/** Review ratings: whole stars from 1 to 5; the text is optional. */
export const REVIEW_RATING_MIN = 1;
export const REVIEW_RATING_MAX = 5;
export const REVIEW_TEXT_MAX = 1000;

/** POST /api/designs/:id/reviews */
export interface ReviewBody {
  rating: number;
  text?: string;
}

/** One review of a public design, as anyone sees it. */
export interface Review {
  id: string;
  rating: number;
  text: string;
  authorName: string;
  createdAt: string;
  /** The caller wrote it (may delete it; cannot report it). */
  mine?: boolean;
}

/** GET /api/designs/:id/reviews: newest first; `average` is null without reviews. */
export interface ReviewPage {
  items: Review[];
  nextCursor: string | null;
  average: number | null;
  count: number;
}

/** The answer of PUT / DELETE /api/designs/:id/vote. */
export interface VoteState {
  votes: number;
  votedByMe: boolean;
}

export interface CatalogSummary {
  id: string;
  name: LocalizedText;
  description?: LocalizedText;
  version: number;
  preview: Catalog['preview'];
  optionCount: number;
}

export interface Health {
  status: 'ok' | 'error';
  db: 'ok' | 'error';
}

/** RFC 9457 problem details with our stable `code`. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  code: ProblemCode;
  detail?: string;
  errors?: Violation[];
  instance?: string;
}

export const PROBLEM_CODES = [
  'bad_request',
  'malformed_json',
  'invalid_body',
  'unsupported_media_type',
  'payload_too_large',
  'unauthorized',
  'forbidden',
  'not_found',
  'conflict',
  'precondition_failed',
  'precondition_required',
  'invalid_catalog',
  'invalid_csv',
  'invalid_patch',
  'invalid_image',
  'unsupported_image_type',
  'invalid_design',
  'text_rejected',
  'rate_limited',
  'https_required',
  'gone',
  'internal',
] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];

export type { DesignDraft };
