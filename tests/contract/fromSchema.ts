import fc from 'fast-check';

/** The JSON Schema keywords our request schemas use. */
interface Schema {
  type?: string;
  enum?: unknown[];
  const?: unknown;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  items?: Schema;
  minItems?: number;
  maxItems?: number;
  properties?: Record<string, Schema>;
  required?: readonly string[];
  additionalProperties?: boolean | Schema;
  propertyNames?: Schema;
  anyOf?: Schema[];
  oneOf?: Schema[];
}

function stringFrom(s: Schema): fc.Arbitrary<string> {
  const max = Math.min(s.maxLength ?? 40, 40);
  if (s.pattern && s.pattern !== '^[^\\u0000-\\u0008\\u000B-\\u001F\\u007F]*$')
    return fc
      .stringMatching(new RegExp(s.pattern))
      .filter((x) => x.length >= (s.minLength ?? 0) && x.length <= (s.maxLength ?? 1e9));
  return fc.string({ minLength: Math.min(s.minLength ?? 0, max), maxLength: max, unit: 'grapheme' });
}

/** Values that satisfy `schema` (as far as these keywords go): the bodies a client may send. */
export function valid(schema: object): fc.Arbitrary<unknown> {
  const s = schema as Schema;
  if (s.enum) return fc.constantFrom(...s.enum);
  if (s.const !== undefined) return fc.constant(s.const);
  if (s.anyOf ?? s.oneOf) return fc.oneof(...(s.anyOf ?? s.oneOf)!.map(valid));
  switch (s.type) {
    case 'string':
      return stringFrom(s);
    case 'integer':
      return fc.integer({ min: s.minimum ?? -1000, max: s.maximum ?? 1000 });
    case 'number':
      return fc.double({ min: s.minimum ?? -1000, max: s.maximum ?? 1000, noNaN: true });
    case 'boolean':
      return fc.boolean();
    case 'array':
      return fc.array(valid(s.items ?? {}), { minLength: s.minItems ?? 0, maxLength: Math.min(s.maxItems ?? 4, 4) });
    case 'object': {
      if (s.properties) {
        const required = s.required ?? [];
        const props = Object.fromEntries(Object.entries(s.properties).map(([k, v]) => [k, valid(v)]));
        return fc.record(props, { requiredKeys: [...required] as never[] });
      }
      if (typeof s.additionalProperties === 'object')
        return fc.dictionary(
          stringFrom(s.propertyNames ?? { type: 'string', maxLength: 8 }),
          valid(s.additionalProperties),
          {
            maxKeys: 3,
          },
        );
      return fc.constant({});
    }
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

/** Strings that break naive code: huge, control characters, operators, prototype keys, odd Unicode. */
export const oddString = fc.oneof(
  fc.constant('x'.repeat(70_000)),
  fc.constant('\u0000\u0007\u001b[31m'),
  fc.constant('$where'),
  fc.constant('__proto__'),
  fc.constant('constructor'),
  fc.constant('a.b'),
  fc.constant('\ud800'),
  fc.constant('🥣'.repeat(500)),
  fc.constant('<script>alert(1)</script>'),
  fc.constant('../../etc/passwd'),
  fc.string({ unit: 'binary', maxLength: 60 }),
);

/** A value of the wrong kind for any field. */
const wrongValue = fc.oneof(
  oddString,
  fc.constant(null),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant([]),
  fc.constant({}),
  fc.constant({ $gt: '' }),
  fc.constant([[1, 2]]),
  fc.constant(1e308),
  fc.constant(-0),
);

/** A valid body, broken one way: a field missing, one of the wrong type, or an extra one. */
export function mutated(schema: object): fc.Arbitrary<unknown> {
  return fc
    .tuple(valid(schema), fc.nat(), wrongValue, fc.constantFrom('drop', 'replace', 'add', 'whole'))
    .map(([body, n, wrong, how]) => {
      if (how === 'whole' || typeof body !== 'object' || body === null || Array.isArray(body)) return wrong;
      const copy: Record<string, unknown> = { ...(body as Record<string, unknown>) };
      const keys = Object.keys(copy);
      const key = keys.length ? keys[n % keys.length]! : 'extra';
      if (how === 'drop') delete copy[key];
      else if (how === 'replace') copy[key] = wrong;
      else copy[['$set', 'status', 'ownerUserId', '__proto__', 'a.b'][n % 5]!] = wrong;
      return copy;
    });
}
