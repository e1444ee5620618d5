import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { divideRounded, formatPounds, poundsToPence } from './money';

describe('divideRounded (the one rounding rule: half up, exact)', () => {
  it('rounds exact halves up', () => {
    expect(divideRounded(1, 2)).toBe(1);
    expect(divideRounded(5, 2)).toBe(3);
    expect(divideRounded(1875 * 450, 60)).toBe(14063); // 7.5 h × £18.75 = £140.625
    expect(divideRounded(2635 * 30, 60)).toBe(1318); // 0.5 h isolated = 1317.5p
  });

  it('rounds below half down and above half up', () => {
    expect(divideRounded(14, 10)).toBe(1);
    expect(divideRounded(16, 10)).toBe(2);
    expect(divideRounded(499_999, 1_000_000)).toBe(0);
    expect(divideRounded(500_000, 1_000_000)).toBe(1);
  });

  it('decides halves that floating point would get wrong', () => {
    // 1.005 * 100 is 100.49999999999999 in binary floating point; the exact fraction is 100.5.
    expect(Math.round(1.005 * 100)).toBe(100);
    expect(divideRounded(1005, 10)).toBe(101);
  });

  it('leaves exact quotients alone', () => {
    expect(divideRounded(35_215_525 - 25, 18_000)).toBe(1956);
    expect(divideRounded(0, 7)).toBe(0);
  });

  it('rounds negatives symmetrically, so a credit mirrors its charge', () => {
    expect(divideRounded(-5, 2)).toBe(-3);
    expect(divideRounded(5, -2)).toBe(-3);
    expect(divideRounded(-5, -2)).toBe(3);
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 1, max: 1e6 }), (n, d) => {
        expect(divideRounded(-n, d)).toBe(-divideRounded(n, d) || 0);
      }),
    );
  });

  it('accepts bigints for products beyond 2^53', () => {
    // 1e18 + 5e8 is far past 2^53 but the quotient is safe: 1e18/1e9 + 0.5 → rounds up.
    expect(divideRounded(10n ** 18n + 5n * 10n ** 8n, 10n ** 9n)).toBe(1_000_000_001);
  });

  it('matches the half-up definition for any integers', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), fc.integer({ min: 1, max: 1e6 }), (n, d) => {
        const q = divideRounded(n, d);
        // q is the nearest integer, and on a tie the larger one: |n - q·d| ≤ d/2, with 2(n - q·d) > -d.
        const diff = 2 * (n - q * d);
        expect(diff).toBeLessThan(d);
        expect(diff).toBeGreaterThanOrEqual(-d);
      }),
    );
  });

  it('refuses fractions, zero denominators and unsafe numbers', () => {
    expect(() => divideRounded(1.5, 2)).toThrow(RangeError);
    expect(() => divideRounded(1, 0)).toThrow(RangeError);
    expect(() => divideRounded(2 ** 60, 1)).toThrow(RangeError);
    expect(() => divideRounded(2n ** 60n, 1n)).toThrow(RangeError);
  });
});

describe('formatPounds', () => {
  it.each([
    [1956, '£19.56'],
    [1_831_000_000, '£18,310,000.00'],
    [0, '£0.00'],
    [5, '£0.05'],
    [99, '£0.99'],
    [100, '£1.00'],
    [123_456, '£1,234.56'],
    [-105, '-£1.05'],
  ])('formats %i pence as %s', (pence, text) => {
    expect(formatPounds(pence)).toBe(text);
  });

  it('refuses fractional pence', () => {
    expect(() => formatPounds(19.5)).toThrow(RangeError);
  });
});

describe('poundsToPence', () => {
  it.each([
    ['18.75', 1875],
    ['£18.75', 1875],
    ['20', 2000],
    ['20.2', 2020],
    ['0.05', 5],
    ['1,234.50', 123_450],
    ['£18,310,000.00', 1_831_000_000],
    [' 26.35 ', 2635],
    ['-1.05', -105],
  ])('parses "%s" as %i pence', (text, pence) => {
    expect(poundsToPence(text)).toBe(pence);
  });

  it.each(['18.755', '18.', '.5', '', '£', 'abc', '1,23.00', '12,34', '1e3', '18.75p', '£-1'])(
    'refuses "%s"',
    (text) => {
      expect(() => poundsToPence(text)).toThrow(RangeError);
    },
  );

  it('round-trips with formatPounds', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (pence) => {
        expect(poundsToPence(formatPounds(pence))).toBe(pence);
      }),
    );
  });
});
