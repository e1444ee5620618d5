import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mulberry32, randomInt, shuffled, substream, weightedPick } from '../../../seeds/demo/prng';

describe('mulberry32', () => {
  it('gives the reference sequence, so output is the same everywhere', () => {
    const random = mulberry32(1);
    expect(random()).toBe(0.6270739405881613);
    expect(random()).toBe(0.002735721180215478);
  });

  it('stays in [0, 1)', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const random = mulberry32(seed);
        for (let i = 0; i < 50; i++) {
          const x = random();
          expect(x >= 0 && x < 1).toBe(true);
        }
      }),
    );
  });
});

describe('helpers', () => {
  it('randomInt stays within both bounds', () => {
    fc.assert(
      fc.property(
        fc.integer(),
        fc.integer({ min: -50, max: 50 }),
        fc.integer({ min: 0, max: 50 }),
        (seed, min, span) => {
          const n = randomInt(mulberry32(seed), min, min + span);
          expect(n >= min && n <= min + span && Number.isInteger(n)).toBe(true);
        },
      ),
    );
  });

  it('shuffled is a permutation and leaves its input alone', () => {
    fc.assert(
      fc.property(fc.integer(), fc.array(fc.integer()), (seed, items) => {
        const copy = [...items];
        const result = shuffled(mulberry32(seed), items);
        expect(items).toEqual(copy);
        expect([...result].sort((a, b) => a - b)).toEqual([...items].sort((a, b) => a - b));
      }),
    );
  });

  it('weightedPick never picks a zero-weight item', () => {
    const random = mulberry32(3);
    for (let i = 0; i < 200; i++)
      expect(weightedPick(random, ['a', 'b', 'c'], (x) => (x === 'b' ? 0 : 1))).not.toBe('b');
  });

  it('substreams differ by label and repeat by seed', () => {
    expect(substream(2021, 'names')()).toBe(substream(2021, 'names')());
    expect(substream(2021, 'names')()).not.toBe(substream(2021, 'zones')());
    expect(substream(2021, 'names')()).not.toBe(substream(2022, 'names')());
  });
});
