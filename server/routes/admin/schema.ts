import { ROLES } from '@shared/auth';

/** PATCH /api/admin/users/:id: the whole set of roles; `shopper` is always kept. */
export const rolesSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['roles'],
  properties: {
    roles: { type: 'array', maxItems: ROLES.length, uniqueItems: true, items: { type: 'string', enum: [...ROLES] } },
  },
} as const;
