import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../src/auth/roles';
import { londonDate } from '../../src/calendar/dates';
import { intakePackage } from '../../src/packages/intake';
import { runScoreComputation } from '../../src/performance/scores/run';
import { PLACES } from '../helpers/brokerage';
import { browserAvailable } from './browser-harness';
import { startJourney, unexpected, type Journey } from './browser-journey';

/**
 * A package from intake to award in a real browser (Debian's Chromium through playwright-core): an
 * officer signs in and creates a package, the top-ranked prime signs in, sees the offer and accepts,
 * and the officer sees it awarded and the queue.
 */
describe.skipIf(!browserAvailable())('in a browser: a package from intake to award', () => {
  let journey: Journey;
  beforeAll(async () => {
    journey = await startJourney('brokerage');
  });
  afterAll(() => journey?.stop());

  it(
    'an officer creates a package, the top prime accepts it, and the officer sees it awarded',
    { timeout: 240_000 },
    async () => {
      const { app, look } = journey;
      // The officer signs in (the sign-in page first, as a visitor sees it).
      const visitor = await journey.visitor();
      await visitor.goto(`${app.baseUrl}/staff/queue`);
      expect(new URL(visitor.url()).pathname).toBe('/sign-in');
      await look(visitor, 'sign-in');

      const officer = await journey.signedIn('officer');
      expect(new URL(officer.page.url()).pathname).toBe('/staff/queue');
      await look(officer.page, 'officer-queue-empty');

      // The top prime declares it can meet dementia care in its zone, so it may be offered the specialist package.
      const prime = await journey.signedIn('provider', journey.primeId);
      await prime.page.goto(`${app.baseUrl}/my/needs`);
      await prime.page.getByLabel('Zone').selectOption('charnwood-north');
      await prime.page.getByLabel('Dementia').check();
      await prime.page.getByLabel('More two-carer packages you can take now').fill('0');
      await prime.page.getByLabel('Female carers').check();
      await prime.page.getByRole('button', { name: 'Declare' }).click();
      await expect
        .poll(() => prime.page.locator('main').innerText())
        .toContain('Needs you can meet declared');
      await look(prime.page, 'provider-needs');

      // New package: an empty check shows the error summary, focused by GOV.UK Frontend's script.
      await officer.page.getByRole('link', { name: 'New package' }).click();
      await look(officer.page, 'new-package-form');
      await officer.page.getByRole('button', { name: 'Check price' }).click();
      await expect.poll(() => officer.page.locator('.govuk-error-summary').isVisible()).toBe(true);
      await expect
        .poll(() =>
          officer.page.evaluate("document.activeElement?.classList.contains('govuk-error-summary')"),
        )
        .toBe(true);
      await look(officer.page, 'new-package-errors');

      const start = londonDate(Date.now() + 7 * 86_400_000).split('-');
      await officer.page.getByLabel('Case reference').fill('SU-40001');
      // By coordinates, as for a new build: they sit behind "No postcode yet" (postcodes: browser-intake-postcode).
      await officer.page.getByText('No postcode yet, for example a new build').click();
      await officer.page.getByLabel('Latitude').fill(String(PLACES.loughborough.lat));
      await officer.page.getByLabel('Longitude').fill(String(PLACES.loughborough.lon));
      await officer.page.getByLabel('Hours of care a week').fill('10');
      await officer.page.getByLabel('Visits a week').fill('14');
      await officer.page.getByLabel('Continuing healthcare (CHC)').check();
      await officer.page.getByLabel('Hospital discharge').check();
      await officer.page
        .getByRole('group', { name: 'When should care start?' })
        .getByLabel('Day')
        .fill(start[2]!);
      await officer.page
        .getByRole('group', { name: 'When should care start?' })
        .getByLabel('Month')
        .fill(start[1]!);
      await officer.page
        .getByRole('group', { name: 'When should care start?' })
        .getByLabel('Year')
        .fill(start[0]!);
      await officer.page.getByLabel('Dementia', { exact: true }).check();
      await officer.page.getByLabel('Female carers only').check();
      await officer.page.getByRole('button', { name: 'Check price' }).click();
      await expect
        .poll(() => officer.page.locator('h1').textContent())
        .toContain('Check the package and its price');
      const check = await officer.page.locator('main').innerText();
      expect(check).toContain('Charnwood North');
      expect(check).toContain('£18.75 an hour');
      expect(check).toContain('Female carers only, Dementia');
      await look(officer.page, 'new-package-check-price');

      await officer.page.getByRole('button', { name: 'Confirm and offer' }).click();
      await expect.poll(() => officer.page.url()).toMatch(/\/staff\/packages\/\d+$/);
      const packageUrl = officer.page.url();
      expect(await officer.page.locator('main').innerText()).toContain('Brokering');
      await look(officer.page, 'package-brokering');

      // The prime sees the offer with its deadline counting down.
      await prime.page.goto(`${app.baseUrl}/my/offers`);
      expect(new URL(prime.page.url()).pathname).toBe('/my/offers');
      const countdown = prime.page.locator('[data-countdown-deadline]').first();
      await expect.poll(() => countdown.textContent()).toMatch(/hour|minute/);
      await look(prime.page, 'provider-offers');
      await prime.page.locator('main a[href^="/my/offers/"]').first().click();
      await look(prime.page, 'provider-offer');
      await prime.page.getByRole('button', { name: 'Accept offer' }).click();
      await expect.poll(() => new URL(prime.page.url()).pathname).toBe('/my/packages');
      expect(await prime.page.locator('main').innerText()).toContain('Package awarded to you');
      await look(prime.page, 'provider-packages');
      await prime.page.locator('main a[href^="/my/packages/"]').first().click();
      await look(prime.page, 'provider-package');
      // A score run (nightly in service), so that the provider's page shows the parts of its score.
      await runScoreComputation({ ...app.services, actor: SYSTEM_ACTOR, now: Date.now() }, 'on-demand');
      for (const [path, name] of [
        ['/my/capacity', 'provider-capacity'],
        ['/my/performance', 'provider-performance'],
      ] as const) {
        await prime.page.goto(`${app.baseUrl}${path}`);
        await look(prime.page, name);
      }

      // The officer sees it awarded, with the explanation.
      await officer.page.goto(packageUrl);
      const awarded = await officer.page.locator('main').innerText();
      expect(awarded).toContain('Awarded');
      expect(awarded).toContain('Charnwood Care Partners');
      expect(awarded).toMatch(/Charnwood Care Partners was ranked 1 of 1 and accepted/);
      expect(awarded).toMatch(/Soar Valley Homecare\s+Not CHC-approved/);
      expect(awarded).toContain('No needs declared in the zone');
      expect(awarded).toContain('Order of rounds: specialist order, for dementia');
      await look(officer.page, 'package-awarded');

      // More packages, so the queue shows waiting and unplaced work.
      const actor = { ...SYSTEM_ACTOR, role: 'officer' as const };
      for (const [place, urgency] of [
        [PLACES.loughborough, 'urgent'],
        [PLACES.hinckley, 'standard'],
      ] as const) {
        await intakePackage(
          app.services,
          actor,
          {
            reference: `SU-Q-${urgency}`,
            location: place,
            weeklyHours: 7.5,
            visitsPerWeek: 7,
            careType: 'core',
            urgency,
            wantedStart: londonDate(Date.now()),
            needs: { carerGender: 'any', languages: [], twoCarers: false, specialisms: [], support: [] },
          },
          Date.now(),
        );
      }
      await officer.page.goto(`${app.baseUrl}/staff/queue`);
      expect(await officer.page.locator('tbody tr').count()).toBe(1); // needs action: the unplaced one
      await look(officer.page, 'officer-queue');
      await officer.page.getByRole('link', { name: 'Providers', exact: true }).click();
      await look(officer.page, 'officer-providers');

      // The prime gives two weeks' notice of a hand-back: shorter than 28 days, so it waits for a
      // commissioner, and the prime keeps the care meanwhile.
      await prime.page.goto(`${packageUrl.replace('/staff/', '/my/')}`);
      await prime.page.getByLabel('Staffing').check();
      const notice = londonDate(Date.now() + 14 * 86_400_000).split('-');
      for (const [part, value] of [
        ['day', notice[2]],
        ['month', notice[1]],
        ['year', notice[0]],
      ] as const) {
        await prime.page.locator(`#noticeDate-${part}`).fill(String(Number(value)));
      }
      await prime.page.getByRole('button', { name: 'Hand package back' }).click();
      await expect.poll(() => prime.page.locator('main').innerText()).toContain('Your notice');
      expect(await prime.page.locator('main').innerText()).toMatch(/waits for a commissioner's approval/);
      await look(prime.page, 'provider-hand-back-notice');
      const commissioner = await journey.signedIn('commissioner');
      await commissioner.page.goto(packageUrl);
      await look(commissioner.page, 'package-hand-back-pending');
      await commissioner.page.getByRole('button', { name: 'Approve short notice' }).click();
      await expect
        .poll(() => commissioner.page.locator('main').innerText())
        .toContain('Approved by a commissioner');
      expect(await commissioner.page.locator('main').innerText()).toMatch(/Re-brokering\s+Opened/);
      await look(commissioner.page, 'package-hand-back-approved');
      expect(commissioner.blocked).toEqual([]);
      expect(unexpected(commissioner.consoleErrors)).toEqual([]);

      await officer.page.getByRole('button', { name: 'Sign out' }).click();
      await expect.poll(() => officer.page.url()).toContain('/sign-in?signed-out');
      await look(officer.page, 'signed-out');

      for (const user of [officer, prime]) {
        expect(user.blocked).toEqual([]);
        expect(unexpected(user.consoleErrors)).toEqual([]);
      }
    },
  );
});
