import fc from 'fast-check';

/** The part of a JSON schema (as @fastify/swagger renders zod) the fuzzer reads. */
export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  enum?: unknown[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  maxLength?: number;
  minimum?: number;
  maximum?: number;
}

/** Hostile leaves: wrong types, huge and unicode strings, nulls, odd numbers, date-like junk. */
const hostile = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.constant(null),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ minLength: 5000, maxLength: 70000 }).map((s) => s.padEnd(70000, '党')),
  fc.constantFrom(
    '',
    ' ',
    '0',
    '-1',
    '1e309',
    'NaN',
    '2010-02-30',
    '9999-99-99',
    '\u0000',
    '𠮷'.repeat(300),
    '<script>',
    "'; drop table units;--",
    '=cmd|1',
  ),
  fc.constantFrom(0, -1, 1.5, 2 ** 31, 2 ** 53, -(2 ** 53), Number.MAX_SAFE_INTEGER, 1e308),
  fc.boolean(),
  fc.array(fc.jsonValue({ maxDepth: 1 }), { maxLength: 5 }),
);

/** A value that fits the schema's shape (so deeper code is reached), or a hostile one. */
function shaped(schema: JsonSchema | undefined, depth: number): fc.Arbitrary<unknown> {
  if (!schema || depth > 4) return hostile;
  const variants = schema.anyOf ?? schema.oneOf;
  if (variants?.length) return fc.oneof(...variants.map((v) => shaped(v, depth + 1)), hostile);
  if (schema.enum?.length) return fc.oneof(fc.constantFrom(...schema.enum), hostile);
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case 'object': {
      const props = Object.entries(schema.properties ?? {});
      if (!props.length)
        return fc.oneof(fc.dictionary(fc.string({ maxLength: 8 }), hostile, { maxKeys: 3 }), hostile);
      const record = Object.fromEntries(props.map(([k, v]) => [k, shaped(v, depth + 1)]));
      return fc.oneof(
        { weight: 4, arbitrary: fc.record(record, { requiredKeys: [] }) },
        { weight: 1, arbitrary: hostile },
      );
    }
    case 'array':
      return fc.oneof(fc.array(shaped(schema.items, depth + 1), { maxLength: 6 }), hostile);
    case 'string':
      return fc.oneof(
        fc.string({ maxLength: schema.maxLength ?? 30 }),
        fc.string({ unit: 'grapheme', maxLength: 20 }),
        hostile,
      );
    case 'integer':
      return fc.oneof(fc.integer({ min: -5, max: 50 }), fc.integer(), hostile);
    case 'number':
      return fc.oneof(fc.double(), fc.integer({ min: -5, max: 200 }), hostile);
    case 'boolean':
      return fc.oneof(fc.boolean(), hostile);
    default:
      return hostile;
  }
}

/** A request body: mostly schema-shaped, sometimes any JSON at all. */
export function bodyArbitrary(schema: JsonSchema | undefined): fc.Arbitrary<unknown> {
  return fc.oneof({ weight: 3, arbitrary: shaped(schema, 0) }, { weight: 1, arbitrary: fc.jsonValue() });
}

/** A path parameter: small real ids (records of the demo exist), huge, negative and non-numeric ones. */
export function idArbitrary(): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 4, arbitrary: fc.integer({ min: 1, max: 30 }).map(String) },
    {
      weight: 1,
      arbitrary: fc.constantFrom('0', '-1', '1.5', '99999999999999999999', 'abc', '1e3', ' 1', '%00'),
    },
    { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
  );
}
