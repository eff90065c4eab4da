import type { JSONSchemaType } from 'ajv';
import type { CreateCatalogDraftBody } from '@shared/merch';

export type { CreateCatalogDraftBody };

/** POST /api/admin/catalogs: `{id, name:{de,en}}` (a new catalog) or `{fromCatalog}` (a draft of an existing one). */
export const createCatalogDraftSchema: JSONSchemaType<CreateCatalogDraftBody> = {
  type: 'object',
  additionalProperties: false,
  properties: {
    id: { type: 'string', pattern: '^[a-z0-9][a-z0-9-]{0,63}$', nullable: true },
    name: {
      type: 'object',
      nullable: true,
      additionalProperties: false,
      required: ['de', 'en'],
      properties: {
        de: { type: 'string', minLength: 1, maxLength: 120 },
        en: { type: 'string', minLength: 1, maxLength: 120 },
      },
    },
    fromCatalog: { type: 'string', maxLength: 64, nullable: true },
    /** With fromCatalog: start from this published version (a rollback), numbered as the next. */
    fromVersion: { type: 'integer', minimum: 1, maximum: 1000000, nullable: true },
  },
};

/** POST /api/admin/catalogs/:id/publish: an optional note for the version history. */
export const publishSchema = {
  type: 'object',
  additionalProperties: false,
  properties: { note: { type: 'string', maxLength: 500 } },
} as const;

/** PUT /api/admin/catalogs/:id/stock/:optionId: in stock now or not. */
export const stockSchema: JSONSchemaType<{ inStock: boolean }> = {
  type: 'object',
  additionalProperties: false,
  required: ['inStock'],
  properties: { inStock: { type: 'boolean' } },
};
