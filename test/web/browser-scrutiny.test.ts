import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertPackageHistory } from '../factories';
import { browserAvailable } from './browser-harness';
import { startJourney, unexpected, type Journey } from './browser-journey';

/**
 * An elected member's scrutiny summary in a real browser: it is where a member lands, its charts
 * are drawn, the page passes the accessibility check, and printed it keeps the content and drops
 * the navigation and the period form.
 */
describe.skipIf(!browserAvailable())('in a browser: the scrutiny summary', () => {
  let journey: Journey;
  beforeAll(async () => {
    journey = await startJourney('scrutiny');
    const providerId = journey.primeId;
    await insertPackageHistory(journey.app.services.db, {
      zoneId: 'charnwood-north',
      weeklyMinutes: 600,
      episodes: [
        {
          openedAt: Date.now() - 2 * 3_600_000,
          rounds: [{ offers: [{ providerId, answer: 'accept' }] }],
          award: { providerId },
        },
      ],
    });
  });
  afterAll(() => journey?.stop());

  it('lands a member on the summary and prints it without the navigation', { timeout: 120_000 }, async () => {
    const { page, blocked, consoleErrors } = await journey.signedIn('member');
    expect(new URL(page.url()).pathname).toBe('/scrutiny');
    expect(await page.locator('figure.app-chart svg').count()).toBeGreaterThanOrEqual(4);
    await journey.look(page, 'member-scrutiny-summary');

    const navigation = page.locator('.govuk-service-navigation');
    const form = page.locator('form[action="/scrutiny"]');
    expect(await navigation.isVisible()).toBe(true);
    await page.emulateMedia({ media: 'print' });
    expect(await navigation.isVisible()).toBe(false);
    expect(await form.isVisible()).toBe(false);
    expect(
      await page.getByRole('heading', { name: 'Coverage by zone against minimum primes' }).isVisible(),
    ).toBe(true);
    expect(await page.locator('figure.app-chart svg').first().isVisible()).toBe(true);
    // Chromium's own print to PDF, as a member's "Print" would make it.
    const printed = await page.pdf({ format: 'A4' });
    expect(printed.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(blocked).toEqual([]);
    expect(unexpected(consoleErrors)).toEqual([]);
  });
});
