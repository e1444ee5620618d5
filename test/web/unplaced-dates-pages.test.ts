import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assignRole, buildProvider, buildYear23Start } from '../factories';
import { seedReference } from '../helpers/brokerage';
import { createWebTestContext, textOf, type WebTestContext } from './helpers';

/**
 * A start date stored as year 0023 before dates were checked: the pages that read it still open,
 * and the admin page "Dates that cannot be placed" lists it.
 */
describe('pages with a stored date that cannot be placed in time', () => {
  let ctx: WebTestContext;
  let providerId: number;
  let packageId: number;
  let episodeId: number;

  beforeAll(async () => {
    ctx = await createWebTestContext();
    await seedReference(ctx);
    const db = ctx.services.db;
    providerId = await buildProvider(db);
    await assignRole(db, { providerId, zoneId: 'charnwood-north', role: 'prime' });
    ({ packageId, episodeId } = await buildYear23Start(db, providerId));
    ctx.clock.set('2026-01-06T09:00:00Z');
  });
  afterAll(() => ctx.destroy());

  it('opens the queue, the package, performance and coverage pages', async () => {
    const officer = await ctx.signedIn('officer');
    for (const url of ['/staff/queue', `/staff/packages/${packageId}`, '/staff/coverage'])
      expect((await officer.get(url)).status, url).toBe(200);
    const commissioner = await ctx.signedIn('commissioner');
    const performance = await commissioner.get('/staff/performance');
    expect(performance.status).toBe(200);
    expect(textOf(performance.text)).toContain(
      `brokerage_episodes ${episodeId}: care_started_on &quot;0023-01-12&quot;`,
    );
    const provider = await ctx.signedIn('provider', providerId);
    for (const url of ['/my/packages', `/my/packages/${packageId}`, '/my/performance'])
      expect((await provider.get(url)).status, url).toBe(200);
  });

  it('lists the row on the admin page, linked to the package', async () => {
    const admin = await ctx.signedIn('admin');
    const page = await admin.get('/admin/dates');
    expect(page.status).toBe(200);
    const text = textOf(page.text);
    expect(text).toContain('Dates that cannot be placed');
    expect(text).toMatch(new RegExp(`packages ${packageId} wanted_start 0023-01-12`));
    expect(text).toMatch(new RegExp(`brokerage_episodes ${episodeId} care_started_on 0023-01-12`));
    expect(page.text).toContain(`href="/staff/packages/${packageId}"`);
  });
});
