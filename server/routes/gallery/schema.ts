/** GET /api/gallery: every value one string (the `simple` parser makes repeated names arrays). */
export const galleryQuerySchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    catalog: { type: 'string', pattern: '^[a-z0-9][a-z0-9-]{0,63}$' },
    sort: { type: 'string', enum: ['new', 'top'] },
    /** 1 to 50, written plainly (no sign, no leading zero). */
    limit: { type: 'string', pattern: '^(?:[1-9]|[1-4][0-9]|50)$' },
    cursor: { type: 'string', minLength: 1, maxLength: 300, pattern: '^[A-Za-z0-9_-]+$' },
  },
} as const;
