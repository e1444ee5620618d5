import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { londonDate } from '../../src/calendar/dates';
import { buildFlag } from '../factories';
import { browserAvailable } from './browser-harness';
import { startJourney, unexpected, type Journey } from './browser-journey';

/**
 * The administrator's and the commissioner's pages in a real browser: provider and rate-card
 * administration, recording quality evidence, and a demotion flag that needs the
 * below-minimum-primes acknowledgement; the commissioner reads the flag but cannot decide it.
 */
describe.skipIf(!browserAvailable())('in a browser: administration and flags', () => {
  let journey: Journey;
  let flagUrl: string;
  beforeAll(async () => {
    journey = await startJourney('admin');
    // A demotion that would leave Charnwood North with one prime.
    const flagId = await buildFlag(journey.app.services.db, {
      providerId: journey.primeId,
      zoneId: 'charnwood-north',
      kind: 'demotion',
      months: ['2025-11', '2025-12', '2026-01'].map((month, i) => ({ month, meanScore: 44 + i })),
      belowMinPrimes: true,
      raisedAt: Date.now(),
    });
    flagUrl = `${journey.app.baseUrl}/staff/performance/flags/${flagId}`;
  });
  afterAll(() => journey?.stop());

  it(
    'admin pages pass the checks, with evidence recorded and the acknowledgement a demotion needs',
    { timeout: 180_000 },
    async () => {
      const { app, look, primeId } = journey;
      const admin = await journey.signedIn('admin');
      for (const [path, name] of [
        ['/admin/providers', 'admin-providers'],
        [`/admin/providers/${primeId}`, 'admin-provider'],
        ['/admin/providers/new', 'admin-admit-provider'],
        ['/admin/dates', 'admin-unplaced-dates'],
        ['/admin/rate-cards', 'admin-rate-cards'],
        ['/admin/rate-cards/new', 'admin-new-rate-card'],
      ] as const) {
        await admin.page.goto(`${app.baseUrl}${path}`);
        await look(admin.page, name);
      }
      await admin.page.getByRole('button', { name: 'Add rate card' }).click();
      await look(admin.page, 'admin-new-rate-card-errors');

      // Quality evidence: the kind reveals its own fields (a visit's score and RAG).
      await admin.page.goto(`${app.baseUrl}/admin/providers/${primeId}/evidence`);
      await look(admin.page, 'admin-quality-evidence');
      await admin.page.getByRole('button', { name: 'Record evidence' }).click();
      await look(admin.page, 'admin-quality-evidence-errors');
      await admin.page.getByLabel('Monitoring visit', { exact: true }).check();
      await admin.page.getByLabel('Visit score').fill('82');
      await admin.page.getByLabel('Green').check();
      const today = londonDate(Date.now()).split('-');
      await admin.page.getByLabel('Day').fill(today[2]!);
      await admin.page.getByLabel('Month').fill(today[1]!);
      await admin.page.getByLabel('Year').fill(today[0]!);
      await admin.page.getByRole('button', { name: 'Record evidence' }).click();
      expect(await admin.page.locator('main').innerText()).toContain('Monitoring visit recorded');

      // The demotion flag: the warning, and the acknowledgement it needs.
      await admin.page.goto(`${app.baseUrl}/staff/performance`);
      await look(admin.page, 'admin-performance');
      await admin.page.goto(flagUrl);
      expect(await admin.page.locator('.govuk-warning-text').innerText()).toContain('below its minimum of 2');
      await admin.page.getByLabel('Performance confirmed').check();
      await admin.page.locator('#evidence').fill('Three red months and the January visit');
      await admin.page.locator('#comment').fill('No improvement plan offered');
      await admin.page.getByRole('button', { name: 'Confirm demotion' }).click();
      expect(await admin.page.locator('.govuk-error-summary').innerText()).toContain(
        'fewer primes than its minimum',
      );
      await look(admin.page, 'admin-flag-acknowledgement-needed');
      await admin.page.goto(`${app.baseUrl}/staff/no-such-page`);
      await look(admin.page, 'not-found');
      await admin.page.goto(`${app.baseUrl}/my/offers`);
      await look(admin.page, 'forbidden');
      expect(admin.blocked).toEqual([]);
      expect(unexpected(admin.consoleErrors)).toEqual([]);
    },
  );

  it('the commissioner reads the queue and the flag, and may decide it', { timeout: 120_000 }, async () => {
    const { app, look } = journey;
    const commissioner = await journey.signedIn('commissioner');
    await commissioner.page.goto(`${app.baseUrl}/staff/queue`);
    await look(commissioner.page, 'commissioner-queue');
    await commissioner.page.goto(flagUrl);
    expect(await commissioner.page.locator('form[action$="/confirm"]').count()).toBe(1);
    await look(commissioner.page, 'commissioner-flag');
    expect(unexpected(commissioner.consoleErrors)).toEqual([]);
  });
});
