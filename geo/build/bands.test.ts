import { describe, expect, it } from 'vitest';
import {
  applyBandOverride,
  bandOfLsoaClass,
  bandOfOaClass,
  ISOLATED_SHARE_OF_E1,
  splitByDensity,
} from './bands';

describe('bandOfOaClass (docs/specification/zones-and-bands.md §2.9)', () => {
  it('maps the ONS RUC2011 OA classes to the four price bands', () => {
    expect(['A1', 'B1', 'C1', 'C2'].map(bandOfOaClass)).toEqual(['urban', 'urban', 'urban', 'urban']);
    expect(['D1', 'D2'].map(bandOfOaClass)).toEqual(['fringe', 'fringe']);
    expect(['E1', 'E2'].map(bandOfOaClass)).toEqual(['rural', 'rural']);
    expect(['F1', 'F2'].map(bandOfOaClass)).toEqual(['isolated', 'isolated']);
  });

  it('refuses an unknown code', () => {
    expect(() => bandOfOaClass('Z9')).toThrow(/Unknown/);
  });
});

describe('bandOfLsoaClass', () => {
  it('cannot tell village from hamlet at LSOA level (E1 "Rural village and dispersed")', () => {
    expect(bandOfLsoaClass('C1')).toBe('urban');
    expect(bandOfLsoaClass('D1')).toBe('fringe');
    expect(bandOfLsoaClass('E1')).toBe('rural-or-isolated');
  });
});

describe('splitByDensity', () => {
  it('targets 314 / 1,615 of the E1 postcodes, from the July 2019 hours', () => {
    expect(ISOLATED_SHARE_OF_E1).toBeCloseTo(0.1944, 4);
  });

  it('makes the sparsest areas isolated until they hold the target share', () => {
    const areas = [
      { areaId: 'dense', areaKm2: 1, geographicPostcodes: 60 },
      { areaId: 'sparse', areaKm2: 10, geographicPostcodes: 20 },
      { areaId: 'middling', areaKm2: 2, geographicPostcodes: 20 },
    ];
    const split = splitByDensity(areas, 0.2);
    expect([...split.isolated]).toEqual(['sparse']);
    expect(split.thresholdPerKm2).toBe(2);
    expect(split.achievedShare).toBe(0.2);
  });

  it('cuts where the share comes closest to the target', () => {
    const areas = [
      { areaId: 'a', areaKm2: 10, geographicPostcodes: 10 },
      { areaId: 'b', areaKm2: 10, geographicPostcodes: 20 },
      { areaId: 'c', areaKm2: 1, geographicPostcodes: 70 },
    ];
    expect([...splitByDensity(areas, 0.25).isolated]).toEqual(['a', 'b']);
    expect([...splitByDensity(areas, 0.1).isolated]).toEqual(['a']);
    expect([...splitByDensity(areas, 0.01).isolated]).toEqual([]);
  });
});

describe('applyBandOverride', () => {
  const overrides = [
    {
      zoneId: 'lutterworth',
      areaId: '',
      fromBand: 'urban',
      band: 'fringe' as const,
      reason: 'docs/specification/zones-and-bands.md §2.10',
    },
    { zoneId: '', areaId: 'E00000001', fromBand: '', band: 'isolated' as const, reason: 'test' },
  ];

  it('prices urban areas of an override zone at fringe (docs/specification/zones-and-bands.md §2.10)', () => {
    const area = {
      areaId: 'E00000009',
      zoneId: 'lutterworth',
      band: 'urban' as const,
      bandSource: 'ruc2011-lsoa' as const,
    };
    expect(applyBandOverride(area, overrides)).toEqual({ band: 'fringe', bandSource: 'override' });
  });

  it('leaves other bands of that zone alone', () => {
    const area = {
      areaId: 'E00000009',
      zoneId: 'lutterworth',
      band: 'rural' as const,
      bandSource: 'density-proxy' as const,
    };
    expect(applyBandOverride(area, overrides)).toEqual({ band: 'rural', bandSource: 'density-proxy' });
  });

  it('matches a single area by areaId whatever its band', () => {
    const area = {
      areaId: 'E00000001',
      zoneId: 'melton',
      band: 'urban' as const,
      bandSource: 'ruc2011-lsoa' as const,
    };
    expect(applyBandOverride(area, overrides)).toEqual({ band: 'isolated', bandSource: 'override' });
  });
});
