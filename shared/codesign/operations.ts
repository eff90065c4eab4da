/**
 * The design operations: what a shopper does to a design, as data. The configurator and the
 * co-design room both run the one `applyOperation` below, so an edit means the same thing in
 * the browser and on the server. Operations are intentions ("one step more oats"), not state
 * diffs, so two people's edits of the same option both count.
 */
import type { Catalog, DesignDraft } from '@shared/catalog/types';
import { repair } from '@shared/rules/repair';
import { stepDown, stepUp, withQuantity } from './draftEdits';

export type DesignOp =
  /** One step more of an option (from "not chosen" to its minimum). */
  | { kind: 'add'; optionId: string }
  /** One step less of an option (below its minimum it is removed). */
  | { kind: 'remove'; optionId: string }
  /** An exact quantity (0 removes the option). */
  | { kind: 'setQuantity'; optionId: string; quantity: number }
  | { kind: 'setText'; fieldId: string; value: string }
  | { kind: 'setName'; name: string }
  | { kind: 'setDiets'; diets: string[] }
  /** The engine's smallest repair of the design as it is when the operation is applied. */
  | { kind: 'applyRepair' }
  /** Picks an option in a single-choice group, replacing whatever was chosen in its group. */
  | { kind: 'swap'; optionId: string };

export type DesignOpKind = DesignOp['kind'];

export const DESIGN_OP_KINDS: readonly DesignOpKind[] = [
  'add',
  'remove',
  'setQuantity',
  'setText',
  'setName',
  'setDiets',
  'applyRepair',
  'swap',
];

const quantityOf = (draft: DesignDraft, optionId: string) =>
  draft.selections.find((s) => s.optionId === optionId)?.quantity ?? 0;

const withSelections = (draft: DesignDraft, selections: DesignDraft['selections']): DesignDraft =>
  selections === draft.selections ? draft : { ...draft, selections };

/**
 * The draft after `op`; `draft` is never mutated (an operation that changes nothing returns
 * it as it is). Operations on options or text fields the catalog does not have change nothing. Whether the
 * result is a valid design is the rule engine's question, not this function's.
 */
export function applyOperation(catalog: Catalog, draft: DesignDraft, op: DesignOp): DesignDraft {
  const option = 'optionId' in op ? catalog.options.find((o) => o.id === op.optionId) : undefined;
  switch (op.kind) {
    case 'add':
      return option ? setQuantity(draft, op.optionId, stepUp(option, quantityOf(draft, op.optionId))) : draft;
    case 'remove':
      return option ? setQuantity(draft, op.optionId, stepDown(option, quantityOf(draft, op.optionId))) : draft;
    case 'setQuantity':
      return option ? setQuantity(draft, op.optionId, op.quantity) : draft;
    case 'swap': {
      if (!option) return draft;
      const groupOf = new Map(catalog.options.map((o) => [o.id, o.groupId]));
      const rest = draft.selections.filter((s) => groupOf.get(s.optionId) !== option.groupId);
      return withSelections(draft, withQuantity(rest, op.optionId, stepUp(option, 0)));
    }
    case 'setText':
      return draft.texts?.[op.fieldId] === op.value || !catalog.textFields.some((f) => f.id === op.fieldId)
        ? draft
        : { ...draft, texts: { ...draft.texts, [op.fieldId]: op.value } };
    case 'setName':
      return draft.name === op.name ? draft : { ...draft, name: op.name };
    case 'setDiets':
      return { ...draft, diets: [...new Set(op.diets)] };
    case 'applyRepair':
      return repair(catalog, draft).design;
  }
}

function setQuantity(draft: DesignDraft, optionId: string, quantity: number): DesignDraft {
  if (quantityOf(draft, optionId) === quantity) return draft;
  return withSelections(draft, withQuantity(draft.selections, optionId, quantity));
}

/**
 * The operation that takes back `op` (applied to `before`) without clobbering what others
 * did since: one step back for add/remove, the earlier value for the set operations and the
 * earlier choice for a swap. A repair is not taken back (null).
 */
export function inverseOperation(catalog: Catalog, before: DesignDraft, op: DesignOp): DesignOp | null {
  switch (op.kind) {
    case 'add':
      return { kind: 'remove', optionId: op.optionId };
    case 'remove':
      return quantityOf(before, op.optionId) > 0 ? { kind: 'add', optionId: op.optionId } : null;
    case 'setQuantity':
      return { kind: 'setQuantity', optionId: op.optionId, quantity: quantityOf(before, op.optionId) };
    case 'setText':
      return { kind: 'setText', fieldId: op.fieldId, value: before.texts?.[op.fieldId] ?? '' };
    case 'setName':
      return { kind: 'setName', name: before.name ?? '' };
    case 'setDiets':
      return { kind: 'setDiets', diets: before.diets ?? [] };
    case 'swap': {
      const group = catalog.options.find((o) => o.id === op.optionId)?.groupId;
      const groupOf = new Map(catalog.options.map((o) => [o.id, o.groupId]));
      const earlier = before.selections.find((s) => groupOf.get(s.optionId) === group);
      if (!earlier) return { kind: 'setQuantity', optionId: op.optionId, quantity: 0 };
      return earlier.optionId === op.optionId ? null : { kind: 'swap', optionId: earlier.optionId };
    }
    case 'applyRepair':
      return null;
  }
}
