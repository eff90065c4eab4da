/**
 * Wire types and shared helpers of the studio's option images and CSV preview.
 */
import type { LocalizedText } from '../catalog/types';

/** The widths (square, in pixels) every option image is stored in, as WebP. */
export const OPTION_IMAGE_WIDTHS = [96, 192, 384] as const;
/** The width an option's `image` URL names; the others are found by `optionImageSources`. */
export const OPTION_IMAGE_DEFAULT_WIDTH = 192;
/** Uploads larger than this are refused (413) before they are read. */
export const OPTION_IMAGE_MAX_BYTES = 5 * 1024 * 1024;
export const OPTION_IMAGE_TYPES = ['image/png', 'image/jpeg', 'image/webp'] as const;

/** The served name of one size: `<hash>-<width>.webp`. */
export const OPTION_IMAGE_NAME = /^([0-9a-f]{24})-(\d{2,4})\.webp$/;
const OPTION_IMAGE_URL = /^\/api\/images\/([0-9a-f]{24})-(\d{2,4})\.webp$/;

export const optionImageUrl = (hash: string, width: number) => `/api/images/${hash}-${width}.webp`;

/** For an uploaded image's URL: its `srcset` over all stored widths; undefined for any other URL. */
export function optionImageSrcset(url: string | undefined): string | undefined {
  const m = url ? OPTION_IMAGE_URL.exec(url) : null;
  if (!m) return undefined;
  return OPTION_IMAGE_WIDTHS.map((w) => `${optionImageUrl(m[1]!, w)} ${w}w`).join(', ');
}

/** PUT …/draft/options/:optionId/image answers the draft and this. */
export interface OptionImageView {
  url: string;
  width: number;
  height: number;
  srcset: string;
}

/** One field of an option that the CSV would change. */
export interface CsvFieldChange {
  field: string;
  from: string;
  to: string;
}

/** What one CSV row would do to the draft. */
export interface CsvPreviewRow {
  /** The row in the file (1 is the header). */
  row: number;
  id: string;
  name: LocalizedText;
  kind: 'added' | 'changed' | 'unchanged';
  changes: CsvFieldChange[];
}

/** POST …/draft/options.csv/preview: what importing would change, nothing stored. */
export interface CsvPreview {
  /** The draft revision compared against: the If-Match of the import that applies it. */
  revision: number;
  rows: CsvPreviewRow[];
  /** Options of the draft that the CSV leaves out: importing deletes them. */
  removed: { id: string; name: LocalizedText }[];
  /** Problems by row and column; when there are any, nothing can be imported. */
  errors: { row: number; column: string; message: string; code: string; params?: Record<string, string | number> }[];
}
