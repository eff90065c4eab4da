/** "Often combined with" on the wire: POST /api/catalogs/:id/suggestions. Pure types. */
import type { DesignDraft } from './catalog/types';

/** How many suggestions an answer carries at most. */
export const SUGGESTIONS_MAX = 5;

/** The body: a partial design (its selections and diets; name and texts are ignored). */
export type SuggestionsBody = Omit<DesignDraft, 'catalogId'> & { catalogId?: string };

/**
 * Why an option is suggested: `often_with` (designs with `params.optionId` often contain it),
 * `popular` (often chosen overall), `new_option` (new, like popular ones of its group).
 */
export type SuggestionReasonCode = 'often_with' | 'popular' | 'new_option';

export interface Suggestion {
  optionId: string;
  /** Units to add: the option's smallest step that fits. */
  quantity: number;
  reason: { code: SuggestionReasonCode; message: string; params?: Record<string, string> };
}

/** Aggregate counts only: never a design, a name or a user. */
export interface SuggestionsResponse {
  items: Suggestion[];
}
