import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { providerInZone, seedReference, type TestProvider } from '../helpers/brokerage';
import { createTestContext, type TestContext } from '../helpers/context';
import { caseloadCsv, caseloadRow } from './caseload-helpers';

describe('POST /imports/caseload', () => {
  let ctx: TestContext;
  let officer: string;
  let prime: TestProvider;
  const auth = (token: string) => ({ Authorization: `Bearer ${token}` });
  const send = (csv: string, query = '', token = officer) =>
    ctx.request.post(`/imports/caseload${query}`).set(auth(token)).set('Content-Type', 'text/csv').send(csv);
  const count = async (table: string) => Number((await ctx.services.db(table).count({ n: '*' }))[0]!.n);

  beforeAll(async () => {
    ctx = await createTestContext();
    await seedReference(ctx);
    officer = await ctx.tokenFor('officer');
    prime = await providerInZone(ctx, 'charnwood-north', 'prime');
  });
  afterAll(() => ctx.destroy());

  it('refuses bad rows by row, column and reason, and writes nothing', async () => {
    const csv = caseloadCsv([
      caseloadRow('CL-0001', prime.id),
      caseloadRow('CL-0002', prime.id, { weekly_hours: 500, zone_role: 'lead' }),
      caseloadRow('CL-0003', prime.id, { postcode: 'LE1 1AA' }),
      caseloadRow('CL-0004', 999_999, { start_date: '2031-01-01' }),
      caseloadRow('CL-0001', prime.id),
    ]);
    const res = await send(csv);
    expect(res.status, res.text).toBe(422);
    expect(res.body).toMatchObject({
      type: '/problems/caseload-import-refused',
      rowsRead: 5,
      accepted: 1,
      refused: 4,
    });
    const where = res.body.refusals.map((r: { row: number; column: string }) => `${r.row}:${r.column}`);
    expect(where).toEqual([
      '3:weekly_hours',
      '3:zone_role',
      '4:postcode',
      '5:start_date',
      '5:provider',
      '6:reference',
    ]);
    expect(res.body.refusals[0].reason).toContain('at most 168');
    expect(await count('packages')).toBe(0);
  });

  it('checks without writing on a dry run', async () => {
    const res = await send(caseloadCsv([caseloadRow('CL-0001', prime.id)]), '?dryRun=true');
    expect(res.status, res.text).toBe(200);
    expect(res.body).toMatchObject({ dryRun: true, applied: false, imported: 1, refused: 0 });
    expect(res.body.rows[0]).toMatchObject({ zoneId: 'charnwood-north', band: 'urban', packageId: null });
    expect(await count('packages')).toBe(0);
    expect(await count('audit_events')).toBe(0);
  });

  it('imports packages in care with their provider, never offered, and a re-run changes nothing', async () => {
    const csv = caseloadCsv(
      [
        caseloadRow('CL-0001', prime.id),
        caseloadRow('CL-0002', prime.id, {
          postcode: '',
          latitude: 52.7667,
          longitude: -1.2,
          start_date: '2026-02-01',
          funding_stream: 'd2a',
          funded_until: '2026-03-01',
          review_due: '2026-02-20',
          carer_gender: 'female',
          languages: 'pl; gu',
          specialisms: '',
          support: 'medication-support',
          two_carers: 'yes',
        }),
      ],
      { bom: true },
    );
    const res = await send(csv);
    expect(res.status, res.text).toBe(200);
    expect(res.body).toMatchObject({ applied: true, imported: 2, unchanged: 0, refused: 0 });
    const pkgs = await ctx.services.db('packages').orderBy('id');
    expect(pkgs.map((p) => [p.reference, p.status, p.provider_id, p.zone_id])).toEqual([
      ['CL-0001', 'active', prime.id, 'charnwood-north'],
      ['CL-0002', 'awarded', prime.id, 'charnwood-north'],
    ]);
    expect(JSON.parse(pkgs[1].needs_json)).toEqual({
      carerGender: 'female',
      languages: ['pl', 'gu'],
      twoCarers: true,
      specialisms: [],
      support: ['medication-support'],
    });
    expect(await count('offers')).toBe(0);
    expect(await count('brokerage_rounds')).toBe(0);
    expect(await count('outbox_events')).toBe(0);
    expect(await count('outbox_messages')).toBe(0);
    const episode = await ctx.services.db('brokerage_episodes').where({ package_id: pkgs[0].id }).first();
    expect(episode).toMatchObject({
      outcome: 'awarded',
      award_round_kind: 'primes',
      care_started_on: '2025-06-01',
    });
    const actions = (await ctx.services.db('audit_events').select('action')).map((a) => a.action).sort();
    expect(actions).toEqual(['caseload-import.apply', 'package.import', 'package.import']);

    const again = await send(csv);
    expect(again.body).toMatchObject({ imported: 0, unchanged: 2, refused: 0 });
    expect(await count('packages')).toBe(2);
  });

  it('shows imported packages in care in the coverage report, without counting them as pick-ups', async () => {
    ctx.clock.advance(60_000);
    const res = await ctx.request
      .get('/reports/coverage')
      .query({ from: '2026-01-01', to: '2026-01-05' })
      .set(auth(officer));
    expect(res.status, res.text).toBe(200);
    expect(res.body.county.demand).toMatchObject({ placedPackages: 2, inCarePackages: 1 });
    expect(res.body.county.pickUp.all.awards).toBe(0);
  });

  it('writes the valid rows only when asked, saying which were refused', async () => {
    const csv = caseloadCsv([
      caseloadRow('CL-0003', prime.id),
      caseloadRow('CL-0004', prime.id, { visits_per_week: 0 }),
    ]);
    const res = await send(csv, '?mode=valid-rows');
    expect(res.status, res.text).toBe(200);
    expect(res.body).toMatchObject({ mode: 'valid-rows', imported: 1, refused: 1 });
    expect(res.body.refusals).toEqual([expect.objectContaining({ row: 3, column: 'visits_per_week' })]);
    expect(await ctx.services.db('packages').where({ reference: 'CL-0004' })).toEqual([]);
  });

  it('lets no provider import', async () => {
    const res = await send(caseloadCsv([caseloadRow('CL-0009', prime.id)]), '', prime.token);
    expect(res.status).toBe(403);
  });
});
