import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../src/auth/roles';
import { addDays, londonDate } from '../../src/calendar/dates';
import { intakePackage } from '../../src/packages/intake';
import { noNeeds } from '../../src/packages/model';
import { PLACES } from '../helpers/brokerage';
import { browserAvailable } from './browser-harness';
import { startJourney, unexpected, type Journey } from './browser-journey';

/**
 * Discharge to assess reviews in a real browser (docs/specification/allocation.md §5.15): the
 * officer opens "Reviews due" from the navigation, sees one overdue and one due this week, and
 * records a review that moves a package to council funding.
 */
describe.skipIf(!browserAvailable())('in a browser: discharge to assess reviews due', () => {
  let journey: Journey;
  beforeAll(async () => {
    journey = await startJourney('reviews-due');
    const actor = { ...SYSTEM_ACTOR, role: 'officer' as const };
    const today = londonDate(Date.now());
    for (const reference of ['D2A-LATE-1', 'D2A-SOON-1']) {
      const input = {
        reference,
        location: PLACES.loughborough,
        weeklyHours: 10,
        visitsPerWeek: 14,
        fundingStream: 'd2a' as const,
        fundedUntil: addDays(today, 20),
        reviewDue: addDays(today, 2),
        urgency: 'hospital-discharge' as const,
        wantedStart: today,
        needs: noNeeds(),
      };
      await intakePackage(journey.app.services, actor, input, Date.now());
    }
    // A review that fell due yesterday (intake accepts only dates from today on).
    await journey.app.services
      .db('packages')
      .where({ reference: 'D2A-LATE-1' })
      .update({ review_due: addDays(today, -1) });
  });
  afterAll(() => journey?.stop());

  it('lists overdue and due reviews and records one', { timeout: 240_000 }, async () => {
    const { look } = journey;
    const officer = await journey.signedIn('officer');
    const { page } = officer;
    await page.getByRole('link', { name: 'Reviews due' }).click();
    await expect.poll(() => page.locator('h1').innerText()).toBe('Discharge to assess reviews due');
    const main = await page.locator('main').innerText();
    expect(main).toMatch(/Overdue \(1\)/);
    expect(main).toMatch(/Due this week \(1\)/);
    await look(page, 'reviews-due');

    await page
      .getByRole('link', { name: /Record review of package/ })
      .first()
      .click();
    await look(page, 'funding-review');
    await page.getByRole('button', { name: 'Record review' }).click();
    await expect.poll(() => page.locator('.govuk-error-summary').innerText()).toContain('Select the outcome');
    await page.getByLabel('Continue under council funding').check();
    await page.getByRole('button', { name: 'Record review' }).click();
    await expect.poll(() => page.locator('main').innerText()).toMatch(/Review of package \d+ recorded/);
    expect(await page.locator('main').innerText()).toContain('Council (adult social care)');
    await look(page, 'package-reviewed');

    await page.getByRole('link', { name: 'Reviews due' }).click();
    expect(await page.locator('main').innerText()).toMatch(/Overdue \(0\)/);
    expect(officer.blocked).toEqual([]);
    expect(unexpected(officer.consoleErrors)).toEqual([]);
  });
});
