import type { JSONSchemaType } from 'ajv';
import { ROLES, type RolesBody } from '@shared/auth';

/** PATCH /api/admin/users/:id: the whole set of roles; `shopper` is always kept. */
export const rolesSchema: JSONSchemaType<RolesBody> = {
  type: 'object',
  additionalProperties: false,
  required: ['roles'],
  properties: {
    roles: { type: 'array', maxItems: ROLES.length, uniqueItems: true, items: { type: 'string', enum: [...ROLES] } },
  },
};
