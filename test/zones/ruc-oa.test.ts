/**
 * geo:build --ruc-oa FILE: with the official OA-level RUC2011, bands come from each OA's own class
 * (E1 → rural, F1 → isolated) instead of the density proxy.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildAreaLayer, type AreaLayerInputs } from '../../geo/build/area-layer';
import { readBandOverrides, readOaRuc } from '../../geo/build/overrides';
import {
  readDistricts,
  readLsoaRuc,
  readOutputAreas,
  readPostcodes,
  readSettlements,
} from '../../geo/build/sources';
import { FIXTURES_DIR, GEO_DIR, SOURCES_DIR } from './fixtures';

describe('readOaRuc', () => {
  it('reads the ONS OA-level file layout', () => {
    expect([...readOaRuc(resolve(FIXTURES_DIR, 'ruc11-oa-sample.csv'))]).toEqual([
      ['E00130751', 'E1'],
      ['E00130955', 'F1'],
      ['E00131589', 'C1'],
    ]);
  });
});

describe('buildAreaLayer with an OA-level RUC2011 file', () => {
  const inputs = (): AreaLayerInputs => ({
    outputAreas: readOutputAreas(SOURCES_DIR).features,
    settlements: readSettlements(SOURCES_DIR),
    postcodes: readPostcodes(SOURCES_DIR),
    lsoaRuc: readLsoaRuc(SOURCES_DIR),
    districts: readDistricts(SOURCES_DIR),
    zoneOverrides: [],
    bandOverrides: readBandOverrides(GEO_DIR),
  });

  it('takes each OA’s own class, then still applies the overrides', () => {
    const base = inputs();
    // A stand-in file: the LSOA class everywhere, with every other E1 OA a hamlet (F1).
    const oaRuc = new Map(
      base.outputAreas.map((f, i) => {
        const lsoaClass = f.properties.RUC11CD_LSOA;
        return [f.properties.OA11CD, lsoaClass === 'E1' && i % 2 === 1 ? 'F1' : lsoaClass];
      }),
    );
    const { layer, densitySplit } = buildAreaLayer({ ...base, oaRuc });
    expect(densitySplit).toBeUndefined();
    const e1 = layer.features.filter((f) => f.properties.ruc11Oa === 'E1');
    const f1 = layer.features.filter((f) => f.properties.ruc11Oa === 'F1');
    expect(e1.every((f) => f.properties.band === 'rural' && f.properties.bandSource === 'ruc2011-oa')).toBe(
      true,
    );
    expect(
      f1.every((f) => f.properties.band === 'isolated' && f.properties.bandSource === 'ruc2011-oa'),
    ).toBe(true);
    // docs/specification/zones-and-bands.md §2.10: Market Harborough's urban OAs are priced at fringe.
    const harboroughUrban = layer.features.filter(
      (f) => f.properties.zoneId === 'market-harborough' && f.properties.ruc11Oa === 'C1',
    );
    expect(harboroughUrban.length).toBeGreaterThan(0);
    expect(
      harboroughUrban.every((f) => f.properties.band === 'fringe' && f.properties.bandSource === 'override'),
    ).toBe(true);
  });

  it('fails loudly when the file lacks an OA', () => {
    expect(() => buildAreaLayer({ ...inputs(), oaRuc: new Map() })).toThrow(/no row for E00/);
  });
});
