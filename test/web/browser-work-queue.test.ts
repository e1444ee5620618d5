import { noNeeds } from '../../src/packages/model';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../src/auth/roles';
import { londonDate } from '../../src/calendar/dates';
import { intakePackage } from '../../src/packages/intake';
import { PLACES } from '../helpers/brokerage';
import { browserAvailable } from './browser-harness';
import { startJourney, unexpected, type Journey } from './browser-journey';

/**
 * The officer's day in a real browser (Debian's Chromium through playwright-core, axe on every
 * page): the work queue's two views, its filters and sort kept in the address, finding a package by
 * the start of its reference, changing it and cancelling it with a confirmation.
 */
describe.skipIf(!browserAvailable())('in a browser: the work queue and finding a package', () => {
  let journey: Journey;
  beforeAll(async () => {
    journey = await startJourney('work-queue');
    const actor = { ...SYSTEM_ACTOR, role: 'officer' as const };
    for (const [reference, place, urgency] of [
      ['WQ-STD-1', PLACES.loughborough, 'standard'],
      ['WQ-URG-1', PLACES.loughborough, 'urgent'],
      ['WQ-UNP-1', PLACES.hinckley, 'standard'],
    ] as const) {
      const input = {
        reference,
        location: place,
        weeklyHours: 7.5,
        visitsPerWeek: 7,
        careType: 'core' as const,
        urgency,
        wantedStart: londonDate(Date.now() + 86_400_000),
        needs: noNeeds(),
      };
      await intakePackage(journey.app.services, actor, input, Date.now());
    }
  });
  afterAll(() => journey?.stop());

  it('shows what needs action, then what is with providers, urgent first', { timeout: 240_000 }, async () => {
    const { look } = journey;
    const officer = await journey.signedIn('officer');
    const { page } = officer;
    expect(new URL(page.url()).pathname).toBe('/staff/queue');
    // The page reloads itself every minute; the officer can stop it.
    await page.getByRole('button', { name: 'Stop reloading' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Reload every minute' }).isVisible()).toBe(true);
    const nav = page.getByRole('navigation', { name: 'Queue views' });
    expect(await nav.innerText()).toMatch(/Needs action \(1\)\s+With providers \(2\)/);
    expect(await page.locator('tbody tr').count()).toBe(1);
    expect(await page.locator('main').innerText()).toContain('Unplaced: widen the search');
    await look(page, 'queue-needs-action');

    await nav.getByRole('link', { name: /With providers/ }).click();
    await expect.poll(() => page.locator('tbody tr').count()).toBe(2);
    expect(await page.locator('tbody th').allInnerTexts()).toEqual(['WQ-URG-1', 'WQ-STD-1']);
    await look(page, 'queue-with-providers');

    // Sorting by a column is a link: the header says how it is sorted, and the view stays.
    await page.getByRole('link', { name: 'Reference' }).click();
    await expect.poll(() => page.locator('th[aria-sort="ascending"]').innerText()).toBe('Reference');
    expect(await page.locator('tbody th').allInnerTexts()).toEqual(['WQ-STD-1', 'WQ-URG-1']);
    // Filtering keeps the view and the sort in the address.
    await page.getByLabel('Urgency').selectOption('urgent');
    await page.getByRole('button', { name: 'Filter' }).click();
    await expect.poll(() => page.locator('tbody tr').count()).toBe(1);
    const url = new URL(page.url());
    expect(Object.fromEntries(url.searchParams)).toMatchObject({
      view: 'with-providers',
      sort: 'reference',
      urgency: 'urgent',
    });
    await look(page, 'queue-filtered');

    // Find a package by the start of its reference, open it, change it and cancel it.
    await page.getByRole('link', { name: 'Find a package' }).click();
    await look(page, 'find-a-package');
    await page.getByLabel('Case reference').fill('wq-');
    await page.getByRole('button', { name: 'Search' }).click();
    await expect.poll(() => page.locator('tbody tr').count()).toBe(3);
    await look(page, 'find-a-package-results');
    await page.getByRole('link', { name: 'WQ-STD-1' }).click();
    await page.getByRole('link', { name: /Change hours, visits, start or needs/ }).click();
    await look(page, 'edit-package');
    await page.getByLabel('Hours of care a week').fill('9.5');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect.poll(() => page.locator('main').innerText()).toContain('9.5 hours');
    await page.getByLabel('Why is the package cancelled?').fill('Moved to residential care');
    await page.getByRole('button', { name: 'Cancel package' }).click();
    await expect.poll(() => page.locator('h1').innerText()).toMatch(/^Are you sure/);
    await look(page, 'cancel-confirm');
    await page.getByRole('button', { name: 'Yes, cancel the package' }).click();
    await expect.poll(() => page.locator('main').innerText()).toMatch(/Package \d+ cancelled/);
    await look(page, 'package-cancelled');

    expect(officer.blocked).toEqual([]);
    expect(unexpected(officer.consoleErrors)).toEqual([]);
  });
});
