import type { Catalog, CatalogOption, DesignDraft, LocalizedText } from '@shared/catalog/types';

/** A font option names its CSS generic family as a tag (`serif`, `cursive`, ...). */
export const GENERIC_FONTS: Record<string, string> = {
  serif: "Georgia, 'DejaVu Serif', serif",
  'sans-serif': "'Liberation Sans', 'DejaVu Sans', sans-serif",
  monospace: "'DejaVu Sans Mono', monospace",
  cursive: "'Brush Script MT', 'Segoe Script', 'URW Chancery L', cursive",
  fantasy: "Impact, 'Arial Black', 'DejaVu Sans Condensed', fantasy",
};

export interface LabelParts {
  /** The generic family tag of the chosen font (`serif` when none). */
  fontTag: string;
  paper: string;
  ink: string;
  lid: string;
  /** The first two text fields: the shopper's text or the field's placeholder. */
  lines: string[];
  scale: number;
}

/** The jar label's look from the chosen options; `text` localises placeholders. */
export function labelParts(
  catalog: Catalog,
  draft: DesignDraft,
  text: (t: LocalizedText | undefined) => string,
): LabelParts {
  const q = new Map(draft.selections.map((s) => [s.optionId, s.quantity]));
  const chosen = catalog.options.filter((o) => (q.get(o.id) ?? 0) > 0);
  const inGroup = (re: RegExp): CatalogOption | undefined => chosen.find((o) => re.test(o.groupId));
  const size = inGroup(/size|jar|größe|groesse/);
  const all = catalog.options.filter((o) => o.groupId === size?.groupId);
  const sizeIndex = size ? all.indexOf(size) / Math.max(1, all.length - 1) : 0.5;
  return {
    fontTag: inGroup(/font|schrift/)?.tags.find((t) => t in GENERIC_FONTS) ?? 'serif',
    paper: inGroup(/background|paper|papier|hintergrund/)?.color ?? '#f6ecd2',
    ink: inGroup(/text-colou?r|ink|textfarbe|schriftfarbe/)?.color ?? '#2b2118',
    lid: size?.color ?? '#7a6a5c',
    lines: catalog.textFields
      .slice(0, 2)
      .map((f) => draft.texts?.[f.id] || text(f.placeholder))
      .filter(Boolean),
    scale: 0.8 + 0.25 * sizeIndex,
  };
}
