import fc from 'fast-check';
import { z } from 'zod';

/**
 * Hostile inputs for the request schemas: values generated from each schema (so that they get past
 * the outer checks and reach the field checks and the handlers), then mutated with the nasties
 * below: wrong types, boundaries, huge and odd unicode strings, SQL and script injection.
 */

export const NASTY_STRINGS: readonly string[] = [
  '',
  ' ',
  '0',
  '-1',
  '-0',
  '1.5',
  '1e309',
  '-1e309',
  'NaN',
  'Infinity',
  '-Infinity',
  '0x10',
  '1,5',
  '2147483647',
  '2147483648',
  '9007199254740993',
  '99999999999999999999999',
  'null',
  'undefined',
  'true',
  '[]',
  '{}',
  "' OR '1'='1",
  '1; DROP TABLE packages; --',
  "'); DELETE FROM audit_events; --",
  '" OR 1=1 --',
  '1 UNION SELECT token_hash FROM api_tokens',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '{{7*7}}',
  '${7*7}',
  '../../../../etc/passwd',
  '%00',
  '%2e%2e%2f',
  'a\u0000b',
  '\u0000',
  '\uFFFF',
  '\uD800',
  '\u202Eevil',
  'zero\u200Bwidth',
  'İstanbul',
  'ﬁ',
  'e\u0301',
  '👩‍⚕️',
  '𝔘𝔫𝔦𝔠𝔬𝔡𝔢',
  'Ω≈ç√∫',
  '\r\nX-Injected: 1',
  '\t',
  'x'.repeat(5_000),
  '𝔘'.repeat(5_000),
  '2026-02-30',
  '2026-13-01',
  '0000-00-00',
  '9999-12-31',
  '2026-01-01T00:00:00Z',
  '2026-01-01T25:00:00+00:00',
  'charnwood-north',
  'Charnwood North',
  '__proto__',
  'constructor',
];

export const NASTY_NUMBERS: readonly number[] = [
  0,
  -0,
  -1,
  1,
  0.1,
  1.5,
  0.25,
  2 ** 31 - 1,
  2 ** 31,
  -(2 ** 31),
  2 ** 53 + 2,
  -(2 ** 63),
  1e308,
  -1e308,
  5e-324,
  Number.MAX_SAFE_INTEGER,
];

const deep = (depth: number): unknown => (depth === 0 ? 1 : [deep(depth - 1)]);

export const nastyValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...NASTY_STRINGS) },
  { weight: 3, arbitrary: fc.constantFrom(...NASTY_NUMBERS) },
  { weight: 2, arbitrary: fc.constantFrom<unknown>(null, true, false, [], {}, [null], { '': '' }) },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom<unknown>(deep(500), JSON.parse('{"__proto__":{"role":"admin"}}'), {
      constructor: { prototype: { x: 1 } },
    }),
  },
  { weight: 1, arbitrary: fc.constantFrom('y'.repeat(60_000), '\u{1F600}'.repeat(20_000)) },
);

type JsonSchema = Record<string, unknown>;

/** The JSON Schema of a request part as a client would send it (zod's input side). */
export function jsonSchemaOf(schema: z.ZodType): JsonSchema {
  return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
}

const pad = (value: number, width: number) => String(value).padStart(width, '0');

/**
 * Dates in the form of a date and any year 0000–9999, month 00–13 and day 00–32: the years 0–99
 * once passed as 1900–1999 and made every KPI answer 500 (src/calendar/dates.ts).
 */
export const anyYearDate = fc
  .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
  .map(([y, m, d]) => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`);

/** Dates a real client sends (around now), dates at the ends of the sensible years, and any year at all. */
const isoDate = fc.oneof(
  fc
    .date({
      min: new Date('1990-01-01T00:00:00Z'),
      max: new Date('2040-12-31T00:00:00Z'),
      noInvalidDate: true,
    })
    .map((d) => d.toISOString().slice(0, 10)),
  fc.constantFrom(
    '0023-01-12',
    '0000-01-01',
    '0099-12-31',
    '1899-12-31',
    '1900-01-01',
    '2200-12-31',
    '2201-01-01',
  ),
  anyYearDate,
);

/** Instants with any year 0000–9999, as ISO date-times. */
const isoDateTime = fc.oneof(
  fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
  fc
    .tuple(anyYearDate, fc.integer({ min: 0, max: 23 }))
    .map(([date, hour]) => `${date}T${pad(hour, 2)}:00:00Z`),
);

/** Values that match a JSON Schema, as far as a generator cheaply can. */
export function fromSchema(node: JsonSchema, root: JsonSchema = node, depth = 0): fc.Arbitrary<unknown> {
  if (depth > 6) return fc.constant(null);
  if (typeof node.$ref === 'string') {
    const name = node.$ref.replace('#/$defs/', '');
    return fromSchema(((root.$defs as Record<string, JsonSchema>) ?? {})[name] ?? {}, root, depth + 1);
  }
  if (node.const !== undefined) return fc.constant(node.const);
  if (Array.isArray(node.enum)) return fc.constantFrom(...(node.enum as unknown[]));
  const union = (node.anyOf ?? node.oneOf) as JsonSchema[] | undefined;
  if (union) return fc.oneof(...union.map((n) => fromSchema(n, root, depth + 1)));
  if (Array.isArray(node.allOf)) return fromSchema(node.allOf[0] as JsonSchema, root, depth + 1);
  switch (node.type) {
    case 'object': {
      const properties = (node.properties ?? {}) as Record<string, JsonSchema>;
      const record = Object.fromEntries(
        Object.entries(properties).map(([k, v]) => [k, fromSchema(v, root, depth + 1)]),
      );
      return fc.record(record, { requiredKeys: (node.required as string[] | undefined) ?? [] });
    }
    case 'array':
      return fc.array(fromSchema((node.items ?? {}) as JsonSchema, root, depth + 1), {
        maxLength: Math.min(Number(node.maxItems ?? 4), 4),
      });
    case 'string':
      return stringFor(node);
    case 'integer':
    case 'number':
      return numberFor(node);
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

function stringFor(node: JsonSchema): fc.Arbitrary<string> {
  if (node.format === 'date') return isoDate;
  if (node.format === 'date-time') return isoDateTime;
  if (node.format === 'email') return fc.emailAddress();
  if (typeof node.pattern === 'string') {
    try {
      const max = Number(node.maxLength ?? 60);
      return fc
        .stringMatching(new RegExp(node.pattern))
        .filter((s) => s.length >= Number(node.minLength ?? 0) && s.length <= max);
    } catch {
      // A pattern JavaScript cannot generate from: fall through to plain strings.
    }
  }
  return fc.string({
    minLength: Number(node.minLength ?? 0),
    maxLength: Math.min(Number(node.maxLength ?? 30), 30),
  });
}

function numberFor(node: JsonSchema): fc.Arbitrary<number> {
  const min = Number(node.minimum ?? node.exclusiveMinimum ?? -1_000_000);
  const max = Number(node.maximum ?? node.exclusiveMaximum ?? 1_000_000);
  if (node.type === 'integer')
    return fc.integer({ min: Math.ceil(min), max: Math.floor(Math.min(max, 2 ** 31 - 1)) });
  if (typeof node.multipleOf === 'number') {
    const step = node.multipleOf;
    return fc.integer({ min: Math.ceil(min / step), max: Math.floor(max / step) }).map((n) => n * step);
  }
  return fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
}

/** Every path into a JSON value (objects and arrays), the root first. */
function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  const out = [prefix];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...paths(v, [...prefix, i])));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) out.push(...paths(v, [...prefix, k]));
  }
  return out;
}

type Mutation = 'replace' | 'delete' | 'extra' | 'wrap';

/** One value with one part replaced, removed, wrapped in an array, or joined by an unknown key. */
export function mutate(value: unknown, pick: number, nasty: unknown, op: Mutation): unknown {
  const copy = structuredClone(value);
  const all = paths(copy);
  const path = all[pick % all.length]!;
  if (path.length === 0) {
    if (op === 'extra' && copy && typeof copy === 'object' && !Array.isArray(copy))
      return { ...copy, unexpected: nasty };
    return op === 'wrap' ? [copy] : nasty;
  }
  const parent = path
    .slice(0, -1)
    .reduce<unknown>((node, k) => (node as Record<string | number, unknown>)[k], copy) as Record<
    string | number,
    unknown
  >;
  const last = path[path.length - 1]!;
  if (op === 'delete' && !Array.isArray(parent)) delete parent[last];
  else if (op === 'extra') parent[`${String(last)}_extra`] = nasty;
  else if (op === 'wrap') parent[last] = [parent[last]];
  else parent[last] = nasty;
  return copy;
}

/** Schema-shaped values, often with one part made hostile. */
export function hostileFrom(valid: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  const mutated = fc
    .tuple(
      valid,
      fc.nat(),
      nastyValue,
      fc.constantFrom<Mutation>('replace', 'replace', 'delete', 'extra', 'wrap'),
    )
    .map(([v, pick, nasty, op]) => mutate(v, pick, nasty, op));
  return fc.oneof(
    { weight: 2, arbitrary: valid },
    { weight: 5, arbitrary: mutated },
    { weight: 1, arbitrary: nastyValue },
  );
}
