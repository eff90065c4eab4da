import { draftShapeSchema } from '@shared/catalog/designSchema';

const { catalogVersion, name, selections, texts, diets } = draftShapeSchema.properties;

/** POST /api/designs: a whole draft; owner, status and totals are the server's and refused here. */
export const createDesignSchema = { ...draftShapeSchema, required: ['catalogId', 'selections'] } as const;

/** PATCH /api/designs/:id: any of the shopper's fields; the catalog cannot change, its version can. */
export const patchDesignSchema = {
  type: 'object',
  additionalProperties: false,
  minProperties: 1,
  properties: { catalogVersion, name, selections, texts, diets },
} as const;
