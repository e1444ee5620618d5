import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertPackageHistory } from '../factories';
import { browserAvailable, screenshotOf } from './browser-harness';
import { startJourney, unexpected, type Journey } from './browser-journey';

/**
 * The commissioner's coverage map in a real browser: 14 zone shapes, the figures as a table, the
 * map coloured by a chosen measure, a zone's figures from the keyboard, and sorting.
 */
describe.skipIf(!browserAvailable())('in a browser: the coverage map', () => {
  let journey: Journey;
  beforeAll(async () => {
    journey = await startJourney('coverage');
    // Placed work: 10 hours a week in Charnwood North, awarded to its top prime an hour and a half ago.
    const openedAt = Date.now() - 2 * 3_600_000;
    const providerId = journey.primeId;
    await insertPackageHistory(journey.app.services.db, {
      zoneId: 'charnwood-north',
      weeklyMinutes: 600,
      episodes: [
        {
          openedAt,
          rounds: [{ offers: [{ providerId, answer: 'accept' }] }],
          award: { providerId },
        },
      ],
    });
  });
  afterAll(() => journey?.stop());

  it('shows the placed hours in the right zone', { timeout: 120_000 }, async () => {
    const { look, shots } = journey;
    const { page, blocked, consoleErrors } = await journey.signedIn('commissioner');
    expect(new URL(page.url()).pathname).toBe('/staff/coverage');
    await page.waitForSelector('[data-map-ready]');
    expect(await page.locator('path.app-map-zone').count()).toBe(14);
    // The table: the awarded package (10 hours a week in Charnwood North) and nothing elsewhere.
    const placedHours = () =>
      page.$$eval('tbody tr[data-zone-id]', (rows) =>
        rows.map(
          (r) => [r.getAttribute('data-zone-id'), Number(r.children[1]!.textContent!.trim())] as const,
        ),
      );
    const placed = Object.fromEntries(await placedHours());
    expect(Object.keys(placed)).toHaveLength(14);
    expect(placed['charnwood-north']).toBe(10);
    expect(
      Object.entries(placed).filter(([zone, hours]) => zone !== 'charnwood-north' && hours !== 0),
    ).toEqual([]);
    await look(page, 'commissioner-coverage-map');

    // Coloured by placed hours: Charnwood North alone in the top class, the 13 others alike.
    await page.getByLabel('Placed hours a week', { exact: true }).check();
    await page.getByRole('button', { name: 'Show', exact: true }).click();
    await page.waitForSelector('[data-map-ready]');
    const fills = Object.fromEntries(
      await page.$$eval('path.app-map-zone', (paths) =>
        paths.map((p) => [p.getAttribute('data-zone-id'), p.getAttribute('fill')] as const),
      ),
    );
    const others = new Set(
      Object.entries(fills)
        .filter(([zone]) => zone !== 'charnwood-north')
        .map(([, fill]) => fill),
    );
    expect(others.size).toBe(1);
    expect(others.has(fills['charnwood-north']!)).toBe(false);
    expect(await page.locator('.app-map-key li').allInnerTexts()).toEqual([
      '0 hours',
      'Up to 2.5 hours',
      '2.5 hours to 5 hours',
      '5 hours to 7.5 hours',
      '7.5 hours to 10 hours',
    ]);
    await look(page, 'commissioner-coverage-placed-hours');
    await screenshotOf(page.locator('#coverage-map'), 'commissioner-coverage-map-only', shots);

    // A zone's figures, from the keyboard: focus its shape and press Enter.
    await page.locator('path.app-map-zone[data-zone-id="charnwood-north"]').focus();
    await page.keyboard.press('Enter');
    const popup = page.locator('.leaflet-popup-content');
    await expect.poll(() => popup.isVisible()).toBe(true);
    expect(await popup.innerText()).toMatch(/Charnwood North[\s\S]*Placed hours a week\s+10/);
    expect(await page.locator('tr.app-table__row--selected').getAttribute('data-zone-id')).toBe(
      'charnwood-north',
    );
    await look(page, 'commissioner-coverage-zone-figures');

    // Sorting in the page (the same links sort on the server without JavaScript).
    await page.locator('th[data-sort-key="placed-hours"] a').click();
    expect((await placedHours())[0]).toEqual(['charnwood-north', 10]);
    expect(new URL(page.url()).searchParams.get('sort')).toBe('placed-hours');
    expect(await page.locator('th[data-sort-key="placed-hours"]').getAttribute('aria-sort')).toBe(
      'descending',
    );

    await page.getByRole('link', { name: 'Performance and flags' }).click();
    await look(page, 'commissioner-performance');
    expect(blocked).toEqual([]);
    expect(unexpected(consoleErrors)).toEqual([]);
  });
});
