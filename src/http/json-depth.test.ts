import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonDepth } from './json-depth';

const depthOf = (text: string, limit = 1_000_000) => jsonDepth(Buffer.from(text), limit);

describe('jsonDepth', () => {
  it('counts the nesting of objects and arrays, not brackets inside strings', () => {
    expect(depthOf('1')).toBe(0);
    expect(depthOf('{"a":[1,[2]]}')).toBe(3);
    expect(depthOf('{"a":"[[[[{{{{","b":"\\\\"}')).toBe(1);
    expect(depthOf('["\\"[[[["]')).toBe(1);
  });

  it('stops as soon as the limit is passed', () => {
    expect(depthOf('['.repeat(100_000), 32)).toBe(33);
  });

  it('agrees with the parsed value for any JSON', () => {
    const depth = (v: unknown): number =>
      v !== null && typeof v === 'object'
        ? 1 + Math.max(0, ...Object.values(v as Record<string, unknown>).map(depth))
        : 0;
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 8 }), (value) => {
        expect(depthOf(JSON.stringify(value))).toBe(depth(value));
      }),
    );
  });
});
