import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../src/auth/roles';
import { addDays, londonDate } from '../../src/calendar/dates';
import { intakePackage } from '../../src/packages/intake';
import { declareCapacity } from '../factories';
import { PLACES } from '../helpers/brokerage';
import { browserAvailable } from './browser-harness';
import { startJourney, unexpected, type Journey } from './browser-journey';

/**
 * An admission round from opening to a provider going active, in Chromium: a commissioner opens a
 * round for Harborough Rural and registers a new organisation; the organisation applies; the
 * commissioner scores and accepts it, records every post-award check and makes it active; the
 * provider then receives an offer in the zone. Pages are screenshotted into
 * test-artifacts/web/admission/ and checked with axe-core.
 */
describe.skipIf(!browserAvailable())('in a browser: an admission round from opening to going active', () => {
  let journey: Journey;
  beforeAll(async () => {
    journey = await startJourney('admission');
  });
  afterAll(() => journey?.stop());

  it(
    'opens a round, takes an application, checks the provider and makes it active',
    { timeout: 240_000 },
    async () => {
      const { app, look } = journey;
      const db = app.services.db;
      const commissioner = await journey.signedIn('commissioner');
      const staff = commissioner.page;

      // The commissioner opens a round for supplementaries in Harborough Rural.
      await staff.goto(`${app.baseUrl}/staff/admission`);
      await look(staff, 'admission-rounds');
      await staff.getByRole('button', { name: 'Open round' }).click();
      await look(staff, 'admission-round-errors');
      const [year, month, day] = addDays(londonDate(Date.now()), 14).split('-');
      await staff.getByLabel('Invitation to apply').check();
      await staff.getByLabel('Title').fill('Harborough Rural supplementaries');
      await staff.getByLabel('Harborough Rural').check();
      await staff.getByLabel('Supplementary', { exact: true }).check();
      await staff.getByLabel('Day').fill(day!);
      await staff.getByLabel('Month').fill(month!);
      await staff.getByLabel('Year').fill(year!);
      await staff.getByLabel('Quality threshold (0 to 100)').fill('60');
      await staff.getByRole('button', { name: 'Open round' }).click();
      expect(await staff.locator('main').innerText()).toContain('Round opened');
      await look(staff, 'admission-round');

      // A new organisation is registered for it, with an invited first user.
      await staff.goto(`${app.baseUrl}/staff/admission/applicants/new`);
      await staff.getByLabel('Organisation name').fill('Welland Valley Care');
      await staff.getByLabel('CQC location id').fill('1-555000222');
      await staff.getByLabel('Name of its first user').fill('Registered manager');
      await staff.getByLabel('Their email address').fill('manager@welland.example');
      await look(staff, 'admission-register');
      await staff.getByRole('button', { name: 'Register and invite' }).click();
      expect(await staff.locator('main').innerText()).toContain('Welland Valley Care registered');
      const applicantId = Number(
        (await db('providers').where({ name: 'Welland Valley Care' }).first('id')).id,
      );

      // The organisation applies.
      const provider = await journey.signedIn('provider', applicantId);
      await provider.page.goto(`${app.baseUrl}/my/applications`);
      await provider.page.getByLabel('Round').selectOption({ label: 'Harborough Rural supplementaries' });
      await provider.page.getByLabel('You apply for').selectOption({ label: 'Supplementary' });
      await provider.page.getByLabel('Zone').selectOption({ label: 'Harborough Rural' });
      await provider.page
        .getByLabel('What you offer')
        .fill('Twelve carers living in the villages; 120 hours a week.');
      await look(provider.page, 'my-applications-form');
      await provider.page.getByRole('button', { name: 'Send application' }).click();
      expect(await provider.page.locator('main').innerText()).toContain('Waiting for a decision');
      await look(provider.page, 'my-applications');

      // The commissioner scores and accepts it.
      await staff.goto(`${app.baseUrl}/staff/admission`);
      await staff.getByRole('link', { name: 'Harborough Rural supplementaries' }).click();
      await staff.getByRole('link', { name: 'Welland Valley Care' }).click();
      await staff.getByLabel('Score (0 to 100)').fill('74');
      await staff.getByLabel('Accept: the role becomes mobilising').check();
      await staff.getByLabel('Comment').fill('Local workforce evidenced');
      await look(staff, 'admission-application');
      await staff.getByRole('button', { name: 'Record decision' }).click();
      expect(await staff.locator('main').innerText()).toContain('Accepted: mobilising');

      // Every required post-award check passes; then the provider is made active.
      await staff.getByRole('link', { name: /Post-award checks for/ }).click();
      await look(staff, 'readiness-outstanding');
      const required = (await db('readiness_check_items')
        .where({ required: true })
        .orderBy('position')
        .pluck('label')) as string[];
      for (const item of required) {
        await staff.getByLabel('Check', { exact: true }).selectOption({ label: item });
        await staff.getByLabel('Passed').check();
        await staff.getByLabel('Evidence').fill('Contract file CF-2026-114');
        await staff.getByRole('button', { name: 'Record check' }).click();
        await staff.waitForLoadState('load');
      }
      await look(staff, 'readiness-complete');
      await staff.getByRole('button', { name: 'Make active' }).click();
      expect(await staff.locator('main').innerText()).toContain('Welland Valley Care is now active');

      // Active in the zone: a package there is offered to it.
      const role = await db('provider_zone_roles')
        .where({ provider_id: applicantId })
        .first('zone_id', 'role');
      expect(role).toEqual({ zone_id: 'harborough-rural', role: 'supplementary' });
      const at = Date.now() - 60_000;
      await declareCapacity(db, {
        providerId: applicantId,
        zoneId: 'harborough-rural',
        weeklyMinutes: 120 * 60,
        at,
      });
      await intakePackage(
        app.services,
        { ...SYSTEM_ACTOR, role: 'officer' },
        {
          reference: 'SU-ADMIT-1',
          location: PLACES.hallaton,
          weeklyHours: 7,
          visitsPerWeek: 7,
          careType: 'core',
          urgency: 'standard',
          wantedStart: londonDate(Date.now()),
          needs: { carerGender: 'any', languages: [], twoCarers: false, specialisms: [], support: [] },
        },
        Date.now(),
      );
      await provider.page.goto(`${app.baseUrl}/my/offers`);
      expect(await provider.page.locator('main').innerText()).toContain('Harborough Rural');
      await provider.page.goto(`${app.baseUrl}/my/applications`);
      expect(await provider.page.locator('main').innerText()).toContain('Active');
      for (const user of [commissioner, provider]) {
        expect(user.blocked).toEqual([]);
        expect(unexpected(user.consoleErrors)).toEqual([]);
      }
    },
  );
});
