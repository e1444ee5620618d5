import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWebTestContext, type WebTestContext } from '../web/helpers';
import { intakeAs, offerFor, providerInZone, seedReference, type TestProvider } from '../helpers/brokerage';

const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

describe('where the person is, as an offer shows it (docs/specification/allocation.md §5.14)', () => {
  let ctx: WebTestContext;
  let officer: string;
  let prime: TestProvider;
  const offerOf = async (packageId: number) => {
    const res = await ctx.request.get('/offers').set(bearer(prime.token));
    return (res.body.offers as { packageId: number; whereabouts: { label: string } }[]).find(
      (o) => o.packageId === packageId,
    )!;
  };

  beforeAll(async () => {
    ctx = await createWebTestContext();
    await seedReference(ctx);
    officer = await ctx.tokenFor('officer');
    prime = await providerInZone(ctx, 'charnwood-north', 'prime');
  });
  afterAll(() => ctx.destroy());

  it('shows the nearest settlement and the postcode district, never the postcode, reference or coordinates', async () => {
    const pkg = await intakeAs(ctx, officer, { location: { postcode: 'LE12 9RB' } });
    const offer = await offerOf(pkg.id);
    expect(offer).toMatchObject({
      whereabouts: { near: 'Shepshed', postcodeDistrict: 'LE12', label: 'near Shepshed, LE12' },
    });
    const text = JSON.stringify(offer);
    for (const secret of ['9RB', pkg.reference, '52.77', '-1.28']) expect(text).not.toContain(secret);
    const page = await (await ctx.signedIn('provider', prime.id)).get('/my/offers');
    expect(page.text).toContain('near Shepshed, LE12');
    expect(page.text).not.toContain('LE12 9RB');
  });

  it('gives a package placed by coordinates the district of the nearest postcode', async () => {
    const pkg = await intakeAs(ctx, officer, { location: { lat: 52.7667, lon: -1.2 } });
    const offer = await offerOf(pkg.id);
    expect(offer.whereabouts.label).toBe('near Loughborough, LE11');
  });

  it('keeps the location the provider needs once it is awarded the package', async () => {
    const pkg = await intakeAs(ctx, officer, { location: { postcode: 'LE12 9RB' } });
    const offer = await offerFor(ctx, prime, pkg.id);
    const accepted = await ctx.request.post(`/offers/${offer!.id}/accept`).set(bearer(prime.token)).send({});
    expect(accepted.status).toBe(200);
    const read = await ctx.request.get(`/packages/${pkg.id}`).set(bearer(prime.token));
    expect(read.body).toMatchObject({ postcode: 'LE12 9RB', reference: pkg.reference });
  });
});
