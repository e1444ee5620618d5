import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../helpers/context';
import { csvOf, visitWorld, type VisitWorld } from './helpers';

describe('POST /imports/visits and POST /visits', () => {
  let ctx: TestContext;
  let world: VisitWorld;
  let provider: string;
  let officer: string;
  const auth = (token: string) => ({ Authorization: `Bearer ${token}` });
  const send = (csv: string, query = '', token = provider) =>
    ctx.request.post(`/imports/visits${query}`).set(auth(token)).set('Content-Type', 'text/csv').send(csv);
  const stored = () => ctx.services.db('visits').orderBy('planned_start');

  beforeAll(async () => {
    ctx = await createTestContext();
    world = await visitWorld(ctx);
    provider = await ctx.tokenFor('provider', world.mine);
    officer = await ctx.tokenFor('officer');
  });
  afterAll(() => ctx.destroy());

  it('refuses the whole file for one bad row, naming row, column and reason, and writes nothing', async () => {
    const res = await send(
      csvOf(
        'SU-MINE-1,2026-01-02T09:00:00Z,30,2026-01-02T09:05:00Z,2026-01-02T09:35:00Z,1',
        'SU-MINE-1,2026-01-02T13:00:00Z,thirty,,,',
        'SU-THEIRS-1,2026-01-02T09:00:00Z,30,,,',
        'SU-NOBODY,2026-01-02T09:00:00Z,30,,,',
        'SU-MINE-1,2026-01-02T18:00:00Z,30,2026-01-02T18:00:00Z,,',
      ),
    );
    expect(res.status, res.text).toBe(422);
    expect(res.body).toMatchObject({
      type: '/problems/visit-import-refused',
      rowsRead: 5,
      accepted: 1,
      refused: 4,
    });
    const [minutes, theirs, nobody, half] = res.body.refusals;
    expect(minutes).toMatchObject({ row: 3, column: 'planned_minutes' });
    // Another provider's package is refused exactly as one that does not exist.
    expect(theirs).toMatchObject({ row: 4, column: 'package_reference' });
    expect(nobody).toMatchObject({ row: 5, column: 'package_reference', reason: theirs.reason });
    expect(half).toMatchObject({ row: 6, column: 'actual_end' });
    expect(await stored()).toEqual([]);
  });

  it('checks without writing on a dry run, and writes only the valid rows when asked', async () => {
    const file = csvOf('SU-MINE-1,2026-01-02T09:00:00Z,30,,,', 'SU-THEIRS-1,2026-01-02T09:00:00Z,30,,,');
    const dry = await send(file, '?dryRun=true&mode=valid-rows');
    expect(dry.body).toMatchObject({ dryRun: true, applied: false, accepted: 1, refused: 1, created: 1 });
    expect(await stored()).toEqual([]);
    const valid = await send(file, '?mode=valid-rows');
    expect(valid.status, valid.text).toBe(200);
    expect(valid.body).toMatchObject({ applied: true, accepted: 1, refused: 1, created: 1, updated: 0 });
    expect(await stored()).toHaveLength(1);
    await ctx.services.db('visits').delete();
  });

  it('imports a file with a BOM and England times, plans two carers where needed, and updates on re-upload', async () => {
    const file =
      '\uFEFF' +
      csvOf(
        'SU-MINE-1,2026-01-02 09:00,30,2026-01-02 09:05,2026-01-02 09:35,',
        'SU-MINE-2,2026-01-02T09:00:00Z,60,2026-01-02T09:00:00Z,2026-01-02T10:00:00Z,1',
        'SU-MINE-2,2026-01-03T09:00:00Z,60,,,',
      );
    const res = await send(file);
    expect(res.status, res.text).toBe(200);
    expect(res.body).toMatchObject({
      applied: true,
      providerId: world.mine,
      rowsRead: 3,
      created: 3,
      updated: 0,
    });
    const rows = await stored();
    expect(rows.map((r) => [Number(r.carers_planned), Number(r.carers_present)])).toEqual([
      [1, 1],
      [2, 1],
      [2, 0],
    ]);
    expect(Number(rows[0].planned_start)).toBe(Date.parse('2026-01-02T09:00:00Z'));
    const again = await send(
      file.replace(
        '2026-01-03T09:00:00Z,60,,,',
        '2026-01-03T09:00:00Z,60,2026-01-03T09:40:00Z,2026-01-03T10:40:00Z,2',
      ),
    );
    expect(again.body).toMatchObject({ created: 0, updated: 3 });
    const after = await stored();
    expect(after).toHaveLength(3);
    expect(Number(after[2].actual_start)).toBe(Date.parse('2026-01-03T09:40:00Z'));
    const audit = await ctx.services.db('audit_events').where({ action: 'visit-import.apply' });
    // One audit row per written upload: the earlier valid-rows-only upload, and these two.
    expect(audit).toHaveLength(3);
  });

  it('lets staff upload for a provider they name, and only for that provider', async () => {
    const file = csvOf('SU-THEIRS-1,2026-01-02T09:00:00Z,30,2026-01-02T09:00:00Z,2026-01-02T09:30:00Z,1');
    const unnamed = await send(file, '', officer);
    expect(unnamed.status).toBe(400);
    expect(unnamed.body.errors).toEqual([expect.objectContaining({ path: 'query.providerId' })]);
    expect((await send(file, `?providerId=${world.mine}`, officer)).status).toBe(422);
    const ok = await send(file, `?providerId=${world.theirs}`, officer);
    expect(ok.status, ok.text).toBe(200);
    expect((await send(file, `?providerId=${world.theirs}`)).status).toBe(404);
  });

  it('takes the same records as a JSON batch', async () => {
    const res = await ctx.request
      .post('/visits')
      .set(auth(provider))
      .send({
        visits: [
          {
            packageReference: 'SU-MINE-1',
            plannedStart: '2026-01-04T09:00:00Z',
            plannedMinutes: 30,
            actualStart: null,
          },
          { packageReference: 'SU-MINE-1', plannedStart: '2026-01-04T09:00:00Z', plannedMinutes: 30 },
          {
            packageReference: 'SU-MINE-1',
            plannedStart: '2026-01-04T13:00:00Z',
            plannedMinutes: 30,
            actualStart: '2026-01-04T13:00:00Z',
            actualEnd: '2026-01-04T13:30:00Z',
            carersPresent: 1,
          },
        ],
      });
    expect(res.status, res.text).toBe(422);
    expect(res.body.refusals).toEqual([
      { row: 2, column: 'packageReference', reason: 'repeats row 1 (the same package and planned start)' },
    ]);
    const ok = await ctx.request
      .post('/visits')
      .set(auth(provider))
      .send({
        visits: [{ packageReference: 'SU-MINE-1', plannedStart: '2026-01-04T09:00:00Z', plannedMinutes: 30 }],
      });
    expect(ok.status, ok.text).toBe(200);
    expect(ok.body).toMatchObject({ created: 1, accepted: 1 });
  });
});
