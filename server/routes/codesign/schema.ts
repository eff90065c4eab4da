/** POST /api/designs/:id/invites: only the role; owner, expiry and token are the server's. */
export const createInviteSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['role'],
  properties: { role: { enum: ['editor', 'viewer'] } },
} as const;
