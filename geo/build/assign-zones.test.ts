import { describe, expect, it } from 'vitest';
import { assignZones, type AreaToAssign } from './assign-zones';
import type { ZoneSeed } from './seeds';

// Two districts side by side; 0.01° of latitude is about 1.1 km.
const seeds: ZoneSeed[] = [
  { zoneId: 'town', settlement: 'Town', lon: 0, lat: 52.0, lad: 'L1', oa: 'OA-TOWN' },
  { zoneId: 'rural', settlement: 'Village', lon: 0, lat: 52.1, lad: 'L1', oa: 'OA-VILLAGE' },
  { zoneId: 'other', settlement: 'Over The Border', lon: 0.02, lat: 52.0, lad: 'L2', oa: 'OA-OTHER' },
];
const area = (areaId: string, lad: string, lon: number, lat: number): AreaToAssign => ({
  areaId,
  lsoa: `LSOA-${areaId}`,
  lad,
  point: [lon, lat],
});
const noLimits = () => Number.POSITIVE_INFINITY;

describe('assignZones', () => {
  it('gives each area the zone of the nearest main settlement in its own district', () => {
    const result = assignZones(
      [area('a', 'L1', 0.019, 52.0), area('b', 'L1', 0, 52.08)],
      seeds,
      noLimits,
      [],
    );
    // 'a' is nearer Over The Border, but that settlement is in another district.
    expect(result.get('a')).toEqual({ zoneId: 'town', zoneRule: 'nearest-settlement', seed: 'Town' });
    expect(result.get('b')?.zoneId).toBe('rural');
  });

  it('stops a zone with a catchment at its radius', () => {
    const townReaches3km = (_lad: string, zoneId: string) =>
      zoneId === 'town' ? 3 : Number.POSITIVE_INFINITY;
    const result = assignZones(
      [area('near', 'L1', 0, 52.02), area('far', 'L1', 0, 52.04)],
      seeds,
      townReaches3km,
      [],
    );
    expect(result.get('near')?.zoneId).toBe('town');
    expect(result.get('far')?.zoneId).toBe('rural');
  });

  it("puts a settlement's own area in its zone even when another settlement is nearer its centre", () => {
    const result = assignZones([area('OA-TOWN', 'L1', 0, 52.09)], seeds, noLimits, []);
    expect(result.get('OA-TOWN')).toEqual({ zoneId: 'town', zoneRule: 'settlement', seed: 'Town' });
  });

  it('applies the committed overrides last, by area or by LSOA', () => {
    const byLsoa = [{ areaId: '', lsoa: 'LSOA-b', zoneId: 'town', reason: 'test' }];
    expect(assignZones([area('b', 'L1', 0, 52.1)], seeds, noLimits, byLsoa).get('b')?.zoneId).toBe('town');
    const overrides = [{ areaId: 'a', lsoa: '', zoneId: 'rural', reason: 'test' }];
    expect(assignZones([area('a', 'L1', 0, 52.0)], seeds, noLimits, overrides).get('a')).toEqual({
      zoneId: 'rural',
      zoneRule: 'override',
      seed: '',
    });
    expect(() => assignZones([], seeds, noLimits, overrides)).toThrow(/unknown area a/);
  });

  it('fails loudly when no zone can reach an area', () => {
    expect(() => assignZones([area('lost', 'L3', 0, 52)], seeds, noLimits, [])).toThrow(/No zone can reach/);
  });
});
