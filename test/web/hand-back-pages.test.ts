import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { charnwoodPrimes, intakeAs, offerFor, seedReference, type TestProvider } from '../helpers/brokerage';
import { createWebTestContext, heading, textOf, type WebTestContext } from './helpers';

const auth = (token: string) => ({ Authorization: `Bearer ${token}` });

describe('hand-back pages for staff', () => {
  let ctx: WebTestContext;
  let primes: TestProvider[];
  let packageId: number;

  beforeAll(async () => {
    ctx = await createWebTestContext();
    await seedReference(ctx);
    primes = await charnwoodPrimes(ctx);
    const pkg = await intakeAs(ctx, await ctx.tokenFor('officer'));
    packageId = pkg.id;
    const offer = await offerFor(ctx, primes[0]!, pkg.id);
    await ctx.request.post(`/offers/${offer!.id}/accept`).set(auth(primes[0]!.token)).send({});
  });
  afterAll(() => ctx.destroy());

  it('shows short notice to a commissioner, who approves it from the package page', async () => {
    const back = await ctx.request
      .post(`/packages/${packageId}/hand-back`)
      .set(auth(primes[0]!.token))
      .send({ reason: 'staffing', noticeDate: '2026-01-19' });
    expect(back.body.handBack.approval).toBe('pending');
    const officer = await ctx.signedIn('officer');
    const officerView = textOf((await officer.get(`/staff/packages/${packageId}`)).text);
    expect(officerView).toContain('Waiting for a commissioner');
    expect(officerView).not.toContain('Approve short notice');
    const commissioner = await ctx.signedIn('commissioner');
    const url = `/staff/packages/${packageId}`;
    expect(textOf((await commissioner.get(url)).text)).toContain('Approve short notice');
    const res = await commissioner.submit(url, { decision: 'approve' }, `${url}/hand-back/decision`);
    expect(res.status).toBe(303);
    const after = textOf((await commissioner.get(url)).text);
    expect(after).toContain('Approved by a commissioner');
    expect(after).toMatch(/delivers care until 19 January 2026/);
  });

  it("lists a leaving provider's packages on its transition page", async () => {
    const leaving = primes[1]!;
    const pkg = await intakeAs(ctx, await ctx.tokenFor('officer'));
    const offer = await offerFor(ctx, leaving, pkg.id);
    // primes[0] handed a package back but is still offered others: decline for it so the offer reaches primes[1].
    const first = await offerFor(ctx, primes[0]!, pkg.id);
    await ctx.request
      .post(`/offers/${first!.id}/decline`)
      .set(auth(primes[0]!.token))
      .send({ reason: 'no-capacity' });
    await ctx.request.post(`/offers/${offer!.id}/accept`).set(auth(leaving.token)).send({});
    const exit = await ctx.request
      .post(`/providers/${leaving.id}/exit`)
      .set(auth(await ctx.tokenFor('admin')))
      .send({ noticeDate: '2026-02-02' });
    expect(exit.body.handedBack).toEqual([pkg.id]);
    const page = await (await ctx.signedIn('officer')).get(`/staff/providers/${leaving.id}/transition`);
    expect(page.status).toBe(200);
    expect(heading(page.text)).toMatch(/Charnwood|Provider/);
    expect(textOf(page.text)).toMatch(new RegExp(`Package ${pkg.id}\\s+Still waiting`));
  });
});
