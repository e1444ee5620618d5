import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { londonDate } from '../../src/calendar/dates';
import { browserAvailable } from './browser-harness';
import { startJourney, unexpected, type Journey } from './browser-journey';

/**
 * Intake by postcode in a real browser (Debian's Chromium through playwright-core, axe on every
 * page): a Rutland postcode is refused beside its field, a county one is priced, the officer
 * overrides the band on the check page with a reason, sees it priced again and confirms.
 */
describe.skipIf(!browserAvailable())('in a browser: intake by postcode with a band override', () => {
  let journey: Journey;
  beforeAll(async () => {
    journey = await startJourney('intake-postcode');
  });
  afterAll(() => journey?.stop());

  it('an officer takes a package by postcode and overrides its band', { timeout: 240_000 }, async () => {
    const { look } = journey;
    const officer = await journey.signedIn('officer');
    const page = officer.page;
    await page.getByRole('link', { name: 'New package' }).click();
    const start = londonDate(Date.now() + 7 * 86_400_000).split('-');
    await page.getByLabel('Case reference').fill('SU-50001');
    await page.getByLabel('Postcode of the home').fill('LE15 6RB');
    await page.getByLabel('Hours of care a week').fill('10');
    await page.getByLabel('Visits a week').fill('14');
    await page.getByLabel('Council (adult social care)').check();
    await page.getByLabel('Standard').check();
    await page.getByRole('group', { name: 'When should care start?' }).getByLabel('Day').fill(start[2]!);
    await page.getByRole('group', { name: 'When should care start?' }).getByLabel('Month').fill(start[1]!);
    await page.getByRole('group', { name: 'When should care start?' }).getByLabel('Year').fill(start[0]!);
    await page.getByRole('button', { name: 'Check price' }).click();

    // Rutland: refused beside the postcode, the summary linking to it.
    await expect.poll(() => page.locator('.govuk-error-summary').isVisible()).toBe(true);
    expect(await page.locator('.govuk-error-summary a').getAttribute('href')).toBe('#postcode');
    expect(await page.locator('#postcode-error').innerText()).toContain('Rutland');
    await look(page, 'postcode-outside');

    await page.getByLabel('Postcode of the home').fill('le11 3tu');
    await page.getByRole('button', { name: 'Check price' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toContain('Check the package and its price');
    let check = await page.locator('main').innerText();
    expect(check).toContain('Charnwood North');
    expect(check).toContain('Postcode LE11 3TU');
    expect(check).toMatch(/Urban: from the/);
    expect(check).toContain('£18.75 an hour');
    await look(page, 'postcode-check-price');

    await page.getByText('Override the price band').click();
    await page.getByLabel('Price band', { exact: true }).selectOption('rural');
    await page.getByLabel('Travel to the address is harder or easier than the band assumes').check();
    await page.getByLabel('Comment').fill('Reached only by a long farm track');
    await look(page, 'band-override-open');
    await page.getByRole('button', { name: 'Check price with this band' }).click();
    await expect
      .poll(async () => page.locator('main').innerText())
      .toMatch(/Rural: overridden by you from Urban/);
    check = await page.locator('main').innerText();
    expect(check).not.toContain('£18.75 an hour');
    await look(page, 'band-override-priced');

    await page.getByRole('button', { name: 'Confirm and offer' }).click();
    await expect.poll(() => page.url()).toMatch(/\/staff\/packages\/\d+$/);
    const shown = await page.locator('main').innerText();
    expect(shown).toContain('Postcode LE11 3TU');
    expect(shown).toMatch(/Rural: overridden by an officer from Urban/);
    await look(page, 'package-band-overridden');
    expect(unexpected(officer.consoleErrors)).toEqual([]);
    expect(officer.blocked).toEqual([]);
  });
});
