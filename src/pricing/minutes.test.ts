import { describe, expect, it } from 'vitest';
import { assertMinutes, hoursToMinutes } from './minutes';

describe('hoursToMinutes', () => {
  it.each([
    [7.5, 450],
    [0.25, 15],
    [1 / 3, 20],
    [11_737, 704_220],
    [0, 0],
  ])('%d h is %i min', (hours, minutes) => {
    expect(hoursToMinutes(hours)).toBe(minutes);
  });

  it('refuses negative and non-finite hours', () => {
    expect(() => hoursToMinutes(-1)).toThrow(RangeError);
    expect(() => hoursToMinutes(Number.NaN)).toThrow(RangeError);
    expect(() => hoursToMinutes(Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });
});

describe('assertMinutes', () => {
  it('accepts whole non-negative minutes only', () => {
    expect(() => assertMinutes(450)).not.toThrow();
    expect(() => assertMinutes(7.5)).toThrow(RangeError);
    expect(() => assertMinutes(-15)).toThrow(RangeError);
  });
});
