/**
 * A limit on how deeply a JSON body may nest, checked on the raw text before it is parsed. Zod and
 * our own walks recurse, so 10,000 nested arrays in 20 kB would overflow the stack (a 500); no body
 * of ours nests anywhere near the limit. The deepest real one is an area-layer upload:
 * FeatureCollection → features → Feature → geometry → coordinates → polygon → ring → position is 8
 * levels for a MultiPolygon, and a GeometryCollection adds two.
 */
export const MAX_JSON_DEPTH = 32;

const OPEN_BRACE = 0x7b;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACE = 0x7d;
const CLOSE_BRACKET = 0x5d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/**
 * The deepest nesting of objects and arrays in JSON text, stopping as soon as it passes `limit`
 * (brackets inside strings do not count). One pass, no recursion; malformed text is left to the
 * parser to refuse.
 * @example jsonDepth(Buffer.from('{"a":[1,[2]]}'), 32) // 3
 */
export function jsonDepth(text: Uint8Array, limit: number): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const byte = text[i];
    if (inString) {
      if (byte === BACKSLASH) i += 1;
      else if (byte === QUOTE) inString = false;
    } else if (byte === QUOTE) inString = true;
    else if (byte === OPEN_BRACE || byte === OPEN_BRACKET) {
      depth += 1;
      if (depth > deepest) deepest = depth;
      if (deepest > limit) return deepest;
    } else if (byte === CLOSE_BRACE || byte === CLOSE_BRACKET) depth -= 1;
  }
  return deepest;
}

/** The error body-parser's `verify` throws for a body nested too deeply (src/http/problem.ts answers 400). */
export class JsonTooDeep extends Error {
  readonly status = 400;
  readonly type = 'entity.too.deep';
  constructor(readonly limit: number) {
    super(`JSON nested more than ${limit} levels deep`);
  }
}

/** body-parser `verify`: refuse a body nested more than `MAX_JSON_DEPTH` levels before it is parsed. */
export function refuseDeepJson(_req: unknown, _res: unknown, body: Buffer): void {
  if (jsonDepth(body, MAX_JSON_DEPTH) > MAX_JSON_DEPTH) throw new JsonTooDeep(MAX_JSON_DEPTH);
}
