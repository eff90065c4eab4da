import { DESIGN_LIMITS, PLAIN_TEXT } from '@shared/catalog/designSchema';
import type { ClientMessage } from '@shared/codesign/protocol';
import { bodyAjv } from '@server/middleware/validateBody';

const ID = { type: 'string', pattern: '^[a-z0-9][a-z0-9-]{0,63}$' } as const;
const kind = (k: string, props: Record<string, unknown> = {}) => ({
  type: 'object',
  additionalProperties: false,
  required: ['kind', ...Object.keys(props)],
  properties: { kind: { const: k }, ...props },
});

/** One operation; ids and texts as strict as a saved design's (designSchema.ts). */
const opSchema = {
  oneOf: [
    kind('add', { optionId: ID }),
    kind('remove', { optionId: ID }),
    kind('swap', { optionId: ID }),
    kind('setQuantity', {
      optionId: ID,
      quantity: { type: 'integer', minimum: 0, maximum: DESIGN_LIMITS.maxQuantity },
    }),
    kind('setText', {
      fieldId: ID,
      value: { type: 'string', maxLength: DESIGN_LIMITS.textMaxLength, pattern: PLAIN_TEXT },
    }),
    kind('setName', { name: { type: 'string', maxLength: DESIGN_LIMITS.nameMaxLength, pattern: PLAIN_TEXT } }),
    kind('setDiets', { diets: { type: 'array', maxItems: DESIGN_LIMITS.maxDiets, uniqueItems: true, items: ID } }),
    kind('applyRepair'),
  ],
};

const messageSchema = {
  oneOf: [
    {
      type: 'object',
      additionalProperties: false,
      required: ['type', 'clientId', 'mutationId', 'op'],
      properties: {
        type: { const: 'op' },
        clientId: { type: 'string', pattern: '^[A-Za-z0-9_-]{8,40}$' },
        mutationId: { type: 'integer', minimum: 1, maximum: Number.MAX_SAFE_INTEGER },
        op: opSchema,
      },
    },
    {
      type: 'object',
      additionalProperties: false,
      required: ['type', 'focus'],
      properties: {
        type: { const: 'presence' },
        focus: { oneOf: [{ type: 'null' }, { type: 'string', pattern: '^[A-Za-z0-9:_-]{1,80}$' }] },
      },
    },
  ],
};

const check = bodyAjv.compile(messageSchema);

/** A socket frame as a client message, or null for anything else (junk, extra fields, operators). */
export function parseMessage(raw: string): ClientMessage | null {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return null;
  }
  return check(value) ? (value as ClientMessage) : null;
}
