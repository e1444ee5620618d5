import { describe, expect, it } from 'vitest';
import { runBrokerageSweep } from '../../src/allocation/sweep';
import { PLACES, brokerageCase, charnwoodPrimes, offerFor } from '../helpers/brokerage';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const auth = (token: string) => ({ Authorization: `Bearer ${token}` });

interface Entry {
  id: number;
  view: string;
  reasons: string[];
  answers: { offered: number; accepted: number; declined: number; waiting: number };
  minutesLeftInWindow: number | null;
  urgency: string;
}

describe('GET /queue: the officers’ work queue', () => {
  it('puts hospital discharge and urgent first, then the soonest window end, with the answers so far', async () => {
    const { ctx, officer, intake, answer } = await brokerageCase();
    const primes = await charnwoodPrimes(ctx);
    const first = await intake();
    ctx.clock.advance(HOUR);
    const second = await intake();
    ctx.clock.advance(HOUR);
    const discharge = await intake({ urgency: 'hospital-discharge' });
    await answer(primes[0]!, (await offerFor(ctx, primes[0]!, second.id))!.id, 'decline');

    const res = await ctx.request.get('/queue?view=with-providers').set(auth(officer));
    expect(res.status).toBe(200);
    const entries = res.body.packages as Entry[];
    expect(entries.map((e) => e.id)).toEqual([discharge.id, first.id, second.id]);
    expect(entries[2]!.answers).toEqual({ offered: 3, accepted: 0, declined: 1, waiting: 2 });
    expect(entries[1]!.minutesLeftInWindow).toBe(22 * 60);
    expect(res.body.counts).toEqual({ needsAction: 0, withProviders: 3 });
    expect(res.body.rules).toEqual({ escalateAfterHours: 48, careStartOverdueDays: 2 });
  });

  it('lists unplaced, escalated, handed-back and not-started packages as needing action', async () => {
    const { ctx, officer, intake, answer } = await brokerageCase();
    const primes = await charnwoodPrimes(ctx);
    const unplaced = await intake({ location: PLACES.hinckley }); // no provider there: unplaced at once
    const awarded = await intake({ wantedStart: '2026-01-06' });
    await answer(primes[0]!, (await offerFor(ctx, primes[0]!, awarded.id))!.id, 'accept', {
      startDate: '2026-01-07',
    });
    const handedBack = await intake();
    await answer(primes[0]!, (await offerFor(ctx, primes[0]!, handedBack.id))!.id, 'accept');
    const back = await ctx.request
      .post(`/packages/${handedBack.id}/hand-back`)
      .set(auth(primes[0]!.token))
      .send({ reason: 'staffing', noticeDate: '2026-02-02' }); // four weeks: re-brokered at once
    expect(back.status).toBe(200);

    const at = async (query = '') =>
      (await ctx.request.get(`/queue?view=needs-action${query}`).set(auth(officer))).body;
    let queue = await at();
    expect(Object.fromEntries(queue.packages.map((e: Entry) => [e.id, e.reasons]))).toEqual({
      [unplaced.id]: ['unplaced'],
      [handedBack.id]: ['handed-back'],
    });
    expect(queue.packages.find((e: Entry) => e.id === unplaced.id).canWiden).toBe(true);

    // The agreed start was 7 January: two days on, with no start confirmed, it needs chasing.
    ctx.clock.set('2026-01-09T08:00:00Z');
    await runBrokerageSweep(ctx.services, ctx.clock.now()); // flags the long waits
    queue = await at();
    expect(queue.packages.find((e: Entry) => e.id === awarded.id)).toMatchObject({
      reasons: ['start-overdue'],
      status: 'awarded',
      agreedStart: '2026-01-07',
    });
    expect((await at('&status=awarded')).packages.map((e: Entry) => e.id)).toEqual([awarded.id]);
    expect(queue.packages.find((e: Entry) => e.id === unplaced.id).reasons).toEqual([
      'escalated',
      'unplaced',
    ]);
  });

  it('filters by zone, band, urgency and status, and counts both views with the filters', async () => {
    const { ctx, officer, intake } = await brokerageCase();
    await charnwoodPrimes(ctx);
    await intake();
    const rural = await intake({ location: PLACES.hallaton, urgency: 'urgent' });
    const get = (query: string) => ctx.request.get(`/queue?${query}`).set(auth(officer));
    const byZone = (await get('zone=harborough-rural')).body;
    expect(byZone.packages.map((e: Entry) => e.id)).toEqual([rural.id]);
    expect(byZone.counts).toEqual({ needsAction: 1, withProviders: 0 });
    expect((await get('urgency=urgent&band=urban')).body.packages).toEqual([]);
    expect((await get('sort=waited&order=desc')).status).toBe(200);
  });

  it('refuses a parameter it does not take, naming it', async () => {
    const { ctx, officer } = await brokerageCase();
    // Every route, even one that takes no query at all.
    const me = await ctx.request.get('/me?verbose=1').set(auth(officer));
    expect(me.status).toBe(400);
    expect(me.body.errors).toEqual([{ path: 'query.verbose', message: 'not a parameter of this request' }]);
    const res = await ctx.request.get('/queue?colour=red&view=all').set(auth(officer));
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { path: string }) => e.path).sort()).toEqual([
      'query.colour',
      'query.view',
    ]);
  });
});

describe('GET /packages: finding any package', () => {
  async function threePackages() {
    const c = await brokerageCase();
    const primes = await charnwoodPrimes(c.ctx);
    const a = await c.intake({ reference: 'ABC-100' });
    c.ctx.clock.advance(DAY);
    const b = await c.intake({ reference: 'ABC-200', urgency: 'urgent' });
    await c.answer(primes[0]!, (await offerFor(c.ctx, primes[0]!, b.id))!.id, 'accept');
    c.ctx.clock.advance(DAY);
    const other = await c.intake({ reference: 'XYZ-1', location: PLACES.hallaton });
    const get = (query: string) => c.ctx.request.get(`/packages?${query}`).set(auth(c.officer));
    const ids = async (query: string) => (await get(query)).body.packages.map((p: { id: number }) => p.id);
    return { ...c, primes, a, b, other, get, ids };
  }

  it('finds by reference exactly and by its start in any letter case', async () => {
    const { a, b, ids } = await threePackages();
    expect(await ids('reference=ABC-100')).toEqual([a.id]);
    expect(await ids('reference=ABC-1')).toEqual([]);
    expect(await ids('referencePrefix=abc-')).toEqual([b.id, a.id]);
  });

  it('filters by status, zone, band, urgency, provider and intake days', async () => {
    const { a, b, other, primes, ids } = await threePackages();
    expect(await ids('status=awarded')).toEqual([b.id]);
    expect(await ids(`provider=${primes[0]!.id}`)).toEqual([b.id]);
    expect(await ids('zone=harborough-rural')).toEqual([other.id]);
    expect(await ids('band=urban&urgency=standard')).toEqual([a.id]);
    expect(await ids('intakeFrom=2026-01-06&intakeTo=2026-01-06')).toEqual([b.id]);
    expect(await ids('intakeFrom=2026-01-06')).toEqual([other.id, b.id]);
  });

  it('pages the answer and says how many match in all', async () => {
    const { a, get } = await threePackages();
    const page = (await get('limit=2&offset=2')).body;
    expect(page).toMatchObject({ total: 3, limit: 2, offset: 2 });
    expect(page.packages.map((p: { id: number }) => p.id)).toEqual([a.id]);
    expect((await get('limit=501')).status).toBe(400);
  });

  it('refuses an unknown parameter or an empty reference instead of answering every package', async () => {
    const { get } = await threePackages();
    const unknown = await get('ref=ABC-100');
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors).toEqual([{ path: 'query.ref', message: 'not a parameter of this request' }]);
    expect((await get('reference=')).status).toBe(400);
    const backwards = await get('intakeFrom=2026-01-07&intakeTo=2026-01-06');
    expect(backwards.body.errors.map((e: { path: string }) => e.path)).toEqual(['query.intakeTo']);
  });

  it('keeps a provider to its own packages whatever provider it asks for', async () => {
    const { ctx, b, primes } = await threePackages();
    const res = await ctx.request.get(`/packages?provider=${primes[1]!.id}`).set(auth(primes[0]!.token));
    expect(res.body.packages.map((p: { id: number }) => p.id)).toEqual([b.id]);
  });
});
