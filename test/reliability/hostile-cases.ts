import fc from 'fast-check';
import type { AnyRoute } from '../../src/http/route';
import { fromSchema, hostileFrom, jsonSchemaOf, NASTY_STRINGS, nastyValue } from './arbitraries';

/** One hostile request for a route: what hostile-input.test.ts sends, generated per route. */
/** A counterexample short enough to read: long strings cut, deep arrays flattened. */
export const abbreviate = (value: unknown) =>
  JSON.stringify(value, (_k, v: unknown) =>
    typeof v === 'string' && v.length > 60 ? `${v.slice(0, 20)}…(${v.length} chars)` : v,
  )
    .replace(/(\[){20,}/g, '[[…')
    .slice(0, 500);

/** A path segment as sent (lone surrogates, which cannot be percent-encoded, become U+FFFD). */
export function segmentValue(value: string): string {
  try {
    encodeURIComponent(value);
    return value;
  } catch {
    return value.replace(/[\uD800-\uDFFF]/g, '\uFFFD');
  }
}

export interface Case {
  /** Sent as is, not encoded: for paths that are not valid percent-encoding. */
  rawPath?: string;
  params: Record<string, string>;
  query: Record<string, string | string[]>;
  body?: unknown;
  raw?: { text: string; headers: Record<string, string> };
}

/** Params, query and body for a route, from its own schemas, made hostile. */
export function caseArbitrary(route: AnyRoute): fc.Arbitrary<Case> {
  const names = [...route.path.matchAll(/:([A-Za-z_]+)/g)].map((m) => m[1]!);
  const param = fc.oneof(
    fc.constantFrom('1', '2', '3'),
    fc.integer().map(String),
    fc.constantFrom(...NASTY_STRINGS.filter((s) => s.length < 200)),
    fc.string({ unit: 'binary', maxLength: 20 }),
  );
  const params = fc.record(Object.fromEntries(names.map((n) => [n, param])));
  const queryValue = (valid: fc.Arbitrary<unknown>) =>
    fc.oneof(
      valid.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))),
      fc.constantFrom(...NASTY_STRINGS),
      fc.array(fc.constantFrom('1', 'x', ''), { minLength: 2, maxLength: 3 }),
      fc.string({ unit: 'binary', maxLength: 30 }),
    );
  const queryShape = route.request.query ? jsonSchemaOf(route.request.query) : { properties: {} };
  const queryProps = (queryShape.properties ?? {}) as Record<string, Record<string, unknown>>;
  const query = fc.record(
    {
      ...Object.fromEntries(
        Object.entries(queryProps).map(([k, v]) => [k, queryValue(fromSchema(v, queryShape))]),
      ),
      junk: queryValue(nastyValue),
    },
    { requiredKeys: [] },
  );
  const body = route.request.body
    ? hostileFrom(fromSchema(jsonSchemaOf(route.request.body)))
    : fc.constant(undefined);
  return fc.record({ params, query: query as fc.Arbitrary<Record<string, string | string[]>>, body });
}

/** Bodies no JSON parser likes, sent to every route that takes a body. */
export const rawCases = (): Case['raw'][] => [
  { text: '{"unterminated": ', headers: { 'Content-Type': 'application/json' } },
  { text: 'null', headers: { 'Content-Type': 'application/json' } },
  { text: '"a string"', headers: { 'Content-Type': 'application/json' } },
  { text: '', headers: { 'Content-Type': 'application/json' } },
  { text: '{"reference":"x"}', headers: { 'Content-Type': 'text/plain' } },
  { text: '{}', headers: { 'Content-Type': 'application/json; charset=utf-7' } },
  { text: 'not gzip at all', headers: { 'Content-Type': 'application/json', 'Content-Encoding': 'gzip' } },
  { text: '{}', headers: { 'Content-Type': 'application/json', 'Content-Encoding': 'compress' } },
  {
    text: JSON.stringify({ padding: 'z'.repeat(150_000) }),
    headers: { 'Content-Type': 'application/json' },
  },
  ...[33, 1_000, 10_000].map((depth) => ({
    text: nested(depth),
    headers: { 'Content-Type': 'application/json' },
  })),
];

/**
 * JSON nested `depth` levels deep, alternating arrays and objects: 10,000 levels (20 kB) once
 * overflowed the stack in validation and answered 500.
 */
export function nested(depth: number): string {
  let open = '';
  let close = '';
  for (let i = 0; i < depth; i += 1) {
    open += i % 2 === 0 ? '[' : '{"a":';
    close = (i % 2 === 0 ? ']' : '}') + close;
  }
  return `${open}1${close}`;
}
