import type { JSONSchemaType } from 'ajv';
import { draftShapeSchema } from '@shared/catalog/designSchema';
import type { DesignPatch } from '@shared/api';
import type { DesignDraft } from '@shared/catalog/types';

const p = draftShapeSchema.properties;
// Optional fields are `nullable` for the type only: validateBody refuses every null first.
const optional = <S extends object>(s: S) => ({ ...s, nullable: true }) as const;

/** Any draft as the rule checks take it (the catalog comes from the URL). */
export type DraftShape = Omit<DesignDraft, 'catalogId'> & { catalogId?: string };

const fields = {
  catalogVersion: optional(p.catalogVersion),
  name: optional(p.name),
  texts: optional({ ...p.texts, required: [] }),
  diets: optional({ ...p.diets, items: { ...p.diets.items } }),
};

/** The shape of any design draft, whatever its catalog (POST …/validate and …/guidance). */
export const draftShape: JSONSchemaType<DraftShape> = {
  ...draftShapeSchema,
  properties: { ...fields, catalogId: optional(p.catalogId), selections: p.selections },
};

/** POST /api/designs: a whole draft; owner, status and totals are the server's and refused here. */
export const createDesignSchema: JSONSchemaType<DesignDraft> = {
  ...draftShapeSchema,
  required: ['catalogId', 'selections'],
  properties: { ...fields, catalogId: p.catalogId, selections: p.selections },
};

/** PATCH /api/designs/:id: any of the shopper's fields. */
export const patchDesignSchema: JSONSchemaType<DesignPatch> = {
  type: 'object',
  additionalProperties: false,
  minProperties: 1,
  properties: { ...fields, selections: optional(p.selections) },
};
