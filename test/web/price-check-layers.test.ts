import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GEO_DIR } from '../../src/zones/locator';
import { newPackage, seedReference } from '../helpers/brokerage';
import {
  createWebTestContext,
  heading,
  packageForm,
  textOf,
  type WebAgent,
  type WebTestContext,
} from './helpers';

const DAY = 86_400_000;

/**
 * A home in Blaby district, in an Output Area of South Leicestershire (urban) on its boundary with
 * Hinckley (fringe): moving that one area to Hinckley leaves both zones in one piece.
 */
const BOUNDARY_HOME = { lat: 52.55109, lon: -1.2134 };

describe('a new area layer: the price check and intake place a point alike', () => {
  let ctx: WebTestContext;
  let officer: WebAgent;
  let officerToken: string;
  let layerId: number;
  const auth = (token: string) => ({ Authorization: `Bearer ${token}` });

  /** The new-package form for the boundary home, as a browser posts it. */
  const form = (reference: string, action: 'check' | 'confirm') =>
    packageForm({
      reference,
      lat: String(BOUNDARY_HOME.lat),
      lon: String(BOUNDARY_HOME.lon),
      action,
    });

  /** The zone and band the confirm page shows, and those intake stores from the web and from the API. */
  async function placedEverywhere(reference: string) {
    const check = await officer.submit('/staff/packages/new', form(`${reference}-CHECK`, 'check'));
    expect(heading(check.text)).toBe('Check the package and its price');
    const shown = textOf(check.text);
    const confirmed = await officer.submit('/staff/packages/new', form(`${reference}-WEB`, 'confirm'));
    expect(confirmed.status, confirmed.text.slice(0, 300)).toBe(303);
    const id = Number((confirmed.headers.location as string).split('/').pop());
    const web = await ctx.services.db('packages').where({ id }).first('zone_id', 'band', 'area_layer_id');
    const api = await ctx.request
      .post('/packages')
      .set(auth(officerToken))
      .send(newPackage({ reference: `${reference}-API`, location: BOUNDARY_HOME }));
    expect(api.status, api.text).toBe(201);
    return { shown, web, api: { zoneId: api.body.zone.id, band: api.body.band } };
  }

  beforeAll(async () => {
    ctx = await createWebTestContext();
    await seedReference(ctx);
    officer = await ctx.signedIn('officer');
    officerToken = await ctx.tokenFor('officer');
    const here = await ctx.request.get('/locate').query(BOUNDARY_HOME).set(auth(officerToken));
    expect(here.body).toMatchObject({ zone: { id: 'south-leicestershire' }, band: { band: 'urban' } });
    const layer = JSON.parse(fs.readFileSync(path.join(GEO_DIR, 'areas.geojson'), 'utf8'));
    const area = layer.features.find(
      (f: { properties: { areaId: string } }) => f.properties.areaId === here.body.areaId,
    );
    Object.assign(area.properties, { zoneId: 'hinckley', band: 'fringe', bandSource: 'override' });
    const stored = await ctx.request
      .post('/zones/layers')
      .set(auth(await ctx.tokenFor('admin')))
      .send({
        appliesFrom: new Date(ctx.clock.now() + DAY).toISOString().slice(0, 10),
        label: 'Council GIS layer: one Blaby area to Hinckley',
        areas: layer,
      });
    expect(stored.status, stored.text).toBe(201);
    layerId = stored.body.id;
  });
  afterAll(() => ctx.destroy());

  it('shows and stores the old zone and band before the layer’s date', async () => {
    const { shown, web, api } = await placedEverywhere('SU-BEFORE');
    expect(shown).toContain('Zone South Leicestershire');
    expect(shown).toContain('Price band Urban');
    expect(web).toMatchObject({ zone_id: 'south-leicestershire', band: 'urban', area_layer_id: null });
    expect(api).toEqual({ zoneId: 'south-leicestershire', band: 'urban' });
  });

  it('shows on the price check the new zone and band that intake stores, from the layer’s date', async () => {
    ctx.clock.advance(DAY);
    const { shown, web, api } = await placedEverywhere('SU-AFTER');
    expect(shown).toContain('Zone Hinckley');
    expect(shown).toContain('Price band Fringe');
    expect(web).toMatchObject({ zone_id: 'hinckley', band: 'fringe', area_layer_id: layerId });
    expect(api).toEqual({ zoneId: 'hinckley', band: 'fringe' });
  });
});
