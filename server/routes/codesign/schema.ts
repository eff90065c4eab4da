import type { JSONSchemaType } from 'ajv';
import type { MemberRole } from '@shared/codesign/protocol';

/** POST /api/designs/:id/invites: only the role; owner, expiry and token are the server's. */
export const createInviteSchema: JSONSchemaType<{ role: MemberRole }> = {
  type: 'object',
  additionalProperties: false,
  required: ['role'],
  properties: { role: { type: 'string', enum: ['editor', 'viewer'] } },
};
