import { describe, expect, it } from 'vitest';
import { boxAround, kmBetween, providersNear } from './continuity';

describe('continuity', () => {
  it('measures short distances in km', () => {
    expect(kmBetween([-1.2, 52.77], [-1.2, 52.8])).toBeCloseTo(3.34, 1);
  });

  it('finds each provider with care within the distance once', () => {
    const person: [number, number] = [-1.2, 52.77];
    const inCare = [
      { providerId: 9, lon: -1.2, lat: 52.78 },
      { providerId: 9, lon: -1.21, lat: 52.77 },
      { providerId: 4, lon: -1.2, lat: 52.9 },
      { providerId: 2, lon: -1.19, lat: 52.77 },
    ];
    expect(providersNear(person, inCare, 5)).toEqual([2, 9]);
  });

  it('boxes every point within the distance', () => {
    const box = boxAround([-1.2, 52.77], 5);
    expect(box.maxLat - 52.77).toBeCloseTo(5 / 111.32, 5);
    expect(box.maxLon + 1.2).toBeGreaterThan(5 / 111.32);
  });
});
