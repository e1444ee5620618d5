import { describe, expect, it } from 'vitest';
import { medianAndP90, percentile } from './percentiles';

describe('percentile (as PostgreSQL percentile_cont)', () => {
  it('interpolates linearly between ranks', () => {
    expect(percentile([10, 20, 30, 40], 0.5)).toBe(25);
    expect(percentile([10, 20, 30, 40], 0.9)).toBeCloseTo(37, 10);
    expect(percentile([40, 10, 30, 20], 0)).toBe(10);
    expect(percentile([40, 10, 30, 20], 1)).toBe(40);
  });

  it('is the value itself for one value, and null for none', () => {
    expect(percentile([7], 0.9)).toBe(7);
    expect(percentile([], 0.5)).toBeNull();
    expect(medianAndP90([])).toEqual({ median: null, p90: null });
  });

  it('refuses a fraction outside 0–1', () => {
    expect(() => percentile([1], 1.5)).toThrow(RangeError);
  });
});
