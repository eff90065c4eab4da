import type { Catalog } from './types';

/** Hard caps that hold for every catalog, enforced by the server and mirrored by the client. */
export const DESIGN_LIMITS = {
  nameMaxLength: 80,
  maxSelections: 200,
  maxQuantity: 1000,
  textMaxLength: 500,
  maxTexts: 20,
  maxDiets: 10,
} as const;

const ID = '^[a-z0-9][a-z0-9-]{0,63}$';
/** No NUL and no other C0 control characters except tab and newline: every user text's pattern. */
export const PLAIN_TEXT = '^[^\\u0000-\\u0008\\u000B-\\u001F\\u007F]*$';

/** The shape of any design draft, whatever its catalog (the first line of defence). */
export const draftShapeSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['selections'],
  properties: {
    catalogId: { type: 'string', pattern: ID },
    catalogVersion: { type: 'integer', minimum: 1, maximum: 1_000_000 },
    name: { type: 'string', maxLength: DESIGN_LIMITS.nameMaxLength, pattern: PLAIN_TEXT },
    selections: {
      type: 'array',
      maxItems: DESIGN_LIMITS.maxSelections,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['optionId', 'quantity'],
        properties: {
          optionId: { type: 'string', pattern: ID },
          quantity: { type: 'integer', minimum: 0, maximum: DESIGN_LIMITS.maxQuantity },
        },
      },
    },
    texts: {
      type: 'object',
      maxProperties: DESIGN_LIMITS.maxTexts,
      propertyNames: { pattern: ID },
      additionalProperties: { type: 'string', maxLength: DESIGN_LIMITS.textMaxLength, pattern: PLAIN_TEXT },
    },
    diets: {
      type: 'array',
      maxItems: DESIGN_LIMITS.maxDiets,
      uniqueItems: true,
      items: { type: 'string', pattern: ID },
    },
  },
} as const;

/**
 * The JSON Schema of a design for one catalog version: which option, text field and diet
 * ids exist. Compiled once per catalog version by the server. Quantity ranges and text
 * lengths are left to the rule engine, whose messages name the limit in the shopper's language.
 */
export function designSchema(catalog: Catalog) {
  const diets = catalog.rules.filter((r) => r.kind === 'diet').map((r) => r.id);
  return {
    ...draftShapeSchema,
    properties: {
      ...draftShapeSchema.properties,
      catalogId: { const: catalog.id },
      selections: {
        ...draftShapeSchema.properties.selections,
        items: {
          ...draftShapeSchema.properties.selections.items,
          properties: {
            optionId: { enum: catalog.options.map((o) => o.id) },
            quantity: draftShapeSchema.properties.selections.items.properties.quantity,
          },
        },
      },
      texts: {
        type: 'object',
        additionalProperties: false,
        properties: Object.fromEntries(
          catalog.textFields.map((f) => [f.id, draftShapeSchema.properties.texts.additionalProperties]),
        ),
      },
      diets: { ...draftShapeSchema.properties.diets, items: diets.length ? { enum: diets } : { not: {} } },
    },
  };
}
