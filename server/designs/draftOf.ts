import type { DesignDraft } from '@shared/catalog/types';
import type { DesignDoc } from '@server/models/Design';

/** A stored design's draft fields: what the shopper composed, every field present. */
export type StoredDraft = Required<DesignDraft>;

/** The draft part of a stored design, copied so callers may change it freely. */
export function draftOf(d: DesignDoc): StoredDraft {
  return {
    catalogId: d.catalogId,
    catalogVersion: d.catalogVersion,
    name: d.name ?? '',
    selections: d.selections.map((s) => ({ optionId: s.optionId, quantity: s.quantity })),
    texts: { ...(d.texts as Record<string, string>) },
    diets: [...d.diets],
  };
}
