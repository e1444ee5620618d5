import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newPackage, offerFor, PLACES, providerInZone, seedReference } from '../helpers/brokerage';
import {
  createWebTestContext,
  fieldError,
  heading,
  textOf,
  type WebAgent,
  type WebTestContext,
} from './helpers';

/** The table's rows as { zoneId: [cell texts] }, in the page's order. */
function tableRows(html: string): [string, string[]][] {
  return [...html.matchAll(/<tr class="govuk-table__row" data-zone-id="([a-z-]+)">([\s\S]*?)<\/tr>/g)].map(
    (m) => [m[1]!, [...m[2]!.matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((c) => textOf(c[1]!))],
  );
}

const mapConfig = (html: string) =>
  JSON.parse(
    html
      .match(/data-config="([^"]+)"/)![1]!
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&')
      .replace(/&#39;/g, "'"),
  ) as {
    geojson: string;
    classOf: Record<string, string | number>;
    settlements: { zoneId: string; name: string }[];
  };

describe('coverage map pages', () => {
  let ctx: WebTestContext;
  let commissioner: WebAgent;

  beforeAll(async () => {
    ctx = await createWebTestContext();
    await seedReference(ctx);
    // One package awarded in Charnwood North (10 hours a week), one waiting in Hinckley (7.5 hours).
    const prime = await providerInZone(ctx, 'charnwood-north', 'prime');
    const officer = { Authorization: `Bearer ${await ctx.tokenFor('officer')}` };
    const awarded = await ctx.request.post('/packages').set(officer).send(newPackage());
    const offer = await offerFor(ctx, prime, awarded.body.id);
    const accepted = await ctx.request
      .post(`/offers/${offer!.id}/accept`)
      .set({ Authorization: `Bearer ${prime.token}` })
      .send({ startDate: '2026-01-14' });
    expect(accepted.body.status).toBe('won');
    const waiting = await ctx.request
      .post('/packages')
      .set(officer)
      .send(newPackage({ location: PLACES.hinckley, weeklyHours: 7.5 }));
    expect(waiting.status).toBe(201);
    // The prime is on the countywide specialist list for dementia.
    await ctx.services.db('specialist_appointments').insert({
      provider_id: prime.id,
      specialism: 'dementia',
      appointed_at: ctx.clock.now(),
      appointed_by: null,
    });
    // A report is as at an instant and counts what happened before it.
    ctx.clock.advance(3_600_000);
    commissioner = await ctx.signedIn('commissioner');
  });
  afterAll(() => ctx.destroy());

  it('shows the 14 zones with placed and unplaced hours, the county total, and the map\u2019s classes and key', async () => {
    const res = await commissioner.get('/staff/coverage?measure=placed-hours');
    expect(res.status).toBe(200);
    const rows = tableRows(res.text);
    expect(rows).toHaveLength(14);
    const placed = Object.fromEntries(rows.map(([zone, cells]) => [zone, Number(cells[1])]));
    expect(placed['charnwood-north']).toBe(10);
    expect(
      Object.entries(placed)
        .filter(([zone]) => zone !== 'charnwood-north')
        .every(([, hours]) => hours === 0),
    ).toBe(true);
    const hinckley = rows.find(([zone]) => zone === 'hinckley')![1];
    expect(hinckley[2]).toBe('7.5 (1 waiting)');
    expect(textOf(res.text)).toMatch(/Leicestershire \(all zones\) 10 7\.5/);

    const config = mapConfig(res.text);
    expect(config.geojson).toMatch(/^\/staff\/coverage\/download\.geojson\?from=2025-01-06&to=2026-01-05$/);
    expect(config.classOf['charnwood-north']).toBe(4);
    expect(Object.values(config.classOf).filter((c) => c === 0)).toHaveLength(13);
    expect(new Set(config.settlements.map((s) => s.zoneId)).size).toBe(14);
    expect(textOf(res.text)).toContain(
      'Key: Placed hours a week 0 hours Up to 2.5 hours 2.5 hours to 5 hours 5 hours to 7.5 hours 7.5 hours to 10 hours',
    );
  });

  it('limits the figures, the table\u2019s links and the downloads to the funding stream chosen', async () => {
    const placedIn = (html: string) =>
      Object.fromEntries(tableRows(html).map(([zone, cells]) => [zone, Number(cells[1])]));
    const chc = await commissioner.get('/staff/coverage?measure=placed-hours&fundingStream=chc');
    expect(chc.status).toBe(200);
    expect(placedIn(chc.text)['charnwood-north']).toBe(0);
    expect(chc.text).toMatch(/<option value="chc" selected>Continuing healthcare \(CHC\)<\/option>/);
    expect(textOf(chc.text)).toContain('for packages funded by Continuing healthcare (CHC) only');
    expect(chc.text).toMatch(/href="\/staff\/coverage\/download\.csv\?[^"]*fundingStream=chc/);
    expect(chc.text).toMatch(/href="\/staff\/coverage\?[^"]*fundingStream=chc/);
    const council = await commissioner.get('/staff/coverage?measure=placed-hours&fundingStream=council');
    expect(placedIn(council.text)['charnwood-north']).toBe(10);
    const csv = await commissioner.get(
      `/staff/coverage/download.csv?from=2025-01-06&to=2026-01-05&fundingStream=chc`,
    );
    expect(csv.status).toBe(200);
    // Anything but a known stream is every stream.
    const every = await commissioner.get('/staff/coverage?measure=placed-hours&fundingStream=nhs');
    expect(placedIn(every.text)['charnwood-north']).toBe(10);
    expect(every.text).toMatch(/<option value="" selected>All funding streams<\/option>/);
  });

  it('states the period’s cost and the year’s committed cost against the budget, for the stream chosen', async () => {
    const summary = async (query: string) =>
      textOf((await commissioner.get(`/staff/coverage${query}`)).text).match(
        /Care placed in the period .*?(no budget has been set|against a budget of £[\d,]+\.\d\d)\./,
      )![0];
    // The award starts on 14 January, after the report's day: nothing paid or committed yet.
    expect(await summary('')).toBe(
      'Care placed in the period cost £0.00 at the rates paid each day. For the financial year 2025 to 2026, £0.00 is committed (spent so far and care in place carried on to 31 March); no budget has been set.',
    );
    const token = await ctx.tokenFor('commissioner');
    const set = await ctx.request
      .put('/budgets/2025/council')
      .set({ Authorization: `Bearer ${token}` })
      .send({ amountPence: 125_000_000 });
    expect(set.status).toBe(200);
    expect(await summary('?fundingStream=council')).toContain('against a budget of £1,250,000.00.');
    expect(await summary('?fundingStream=chc')).toContain('no budget has been set.');
  });

  it('lists the countywide specialist list by specialist service', async () => {
    const page = textOf((await commissioner.get('/staff/coverage')).text);
    const name = (await ctx.services.db('providers').first('name')).name;
    expect(page).toContain(`Countywide specialist list`);
    expect(page).toContain(`Dementia ${name} Learning disability None appointed`);
  });

  it('sorts by a column through plain links, and says which way', async () => {
    const res = await commissioner.get('/staff/coverage?sort=unplaced-hours&order=desc');
    const rows = tableRows(res.text);
    expect(rows[0]![0]).toBe('hinckley');
    expect(res.text).toMatch(/aria-sort="descending" data-sort-key="unplaced-hours"/);
    // The header now links to the other order, keeping the chosen measure.
    expect(res.text).toContain(
      'href="/staff/coverage?measure=unplaced-hours&amp;sort=unplaced-hours&amp;order=asc"',
    );
    const byName = tableRows((await commissioner.get('/staff/coverage?sort=zone&order=desc')).text).map(
      ([zone]) => zone,
    );
    expect(byName[0]).toBe('west-leicestershire-rural');
    expect(byName[13]).toBe('bottesford');
    // Anything else in the query is ignored, not an error.
    expect(
      (await commissioner.get('/staff/coverage?sort=%3Cscript%3E&order=sideways&measure=nonsense')).status,
    ).toBe(200);
  });

  it('downloads the same report as CSV and GeoJSON with the session', async () => {
    const csv = await commissioner.get('/staff/coverage/download.csv?from=2025-01-06&to=2026-01-05');
    expect(csv.status).toBe(200);
    expect(csv.type).toBe('text/csv');
    expect(csv.headers['content-disposition']).toBe(
      'attachment; filename="zone-coverage_2025-01-06_2026-01-05.csv"',
    );
    const lines = csv.text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines).toHaveLength(16); // header, 14 zones, the county
    const header = lines[0]!.split(',');
    const charnwood = lines.find((l) => l.includes(',charnwood-north,'))!.split(',');
    expect(Number(charnwood[header.indexOf('placed_weekly_hours')])).toBe(10);

    const geo = await commissioner
      .get('/staff/coverage/download.geojson')
      .buffer(true)
      .parse((res, done) => {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += chunk.toString()));
        res.on('end', () => done(null, body));
      });
    expect(geo.status).toBe(200);
    expect(geo.headers['content-type']).toMatch(/^application\/geo\+json/);
    const collection = JSON.parse(geo.body as string) as {
      features: { id: string; geometry: { type: string } | null; properties: Record<string, unknown> }[];
    };
    expect(collection.features).toHaveLength(14);
    expect(collection.features.every((f) => f.geometry && /Polygon/.test(f.geometry.type))).toBe(true);
    expect(collection.features.find((f) => f.id === 'charnwood-north')!.properties.placed_weekly_hours).toBe(
      10,
    );
  });

  it('opens to officers and admins too, but not to providers or anyone signed out', async () => {
    const officer = await ctx.signedIn('officer');
    expect((await officer.get('/staff/coverage')).status).toBe(200);
    expect((await officer.get('/staff/coverage/download.csv')).status).toBe(200);
    const provider = await ctx.signedIn('provider', (await providerInZone(ctx, 'melton', 'prime')).id);
    for (const path of [
      '/staff/coverage',
      '/staff/coverage/download.csv',
      '/staff/coverage/download.geojson',
    ]) {
      expect((await provider.get(path)).status, path).toBe(403);
      const anonymous = await ctx.anonymous().get(path);
      expect(anonymous.status, path).toBe(303);
      expect(anonymous.headers.location).toBe(`/sign-in?next=${encodeURIComponent(path)}`);
    }
  });

  it('shows a wrong period beside its date, and refuses a bad download link', async () => {
    const unreal = await commissioner.get(
      '/staff/coverage?from-day=31&from-month=2&from-year=2025&to-day=&to-month=&to-year=',
    );
    expect(unreal.status).toBe(400);
    expect(fieldError(unreal.text, 'from')).toBe('The first day of the period must be a real date');
    expect(tableRows(unreal.text)).toHaveLength(14); // the default period's figures, under the error
    const backwards = await commissioner.get(
      '/staff/coverage?from-day=1&from-month=6&from-year=2025&to-day=1&to-month=1&to-year=2025',
    );
    expect(backwards.status).toBe(400);
    expect(fieldError(backwards.text, 'to')).toMatch(
      /^The last day of the period must be the same as or after the first day/,
    );
    const chosen = await commissioner.get(
      '/staff/coverage?from-day=1&from-month=11&from-year=2025&to-day=31&to-month=12&to-year=2025',
    );
    expect(chosen.status).toBe(200);
    expect(textOf(chosen.text)).toContain('Pick-up is over 1 November 2025 to 31 December 2025');
    expect(chosen.text).toContain('/staff/coverage/download.csv?from=2025-11-01&amp;to=2025-12-31');

    const bad = await commissioner.get('/staff/coverage/download.csv?from=yesterday');
    expect(bad.status).toBe(400);
    expect(heading(bad.text)).not.toBe('');
  });
});
