import fs from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../src/auth/roles';
import { londonDate } from '../../src/clock';
import { intakePackage } from '../../src/packages/intake';
import { runScoreComputation } from '../../src/performance/scores/run';
import { seedReferenceData } from '../../seeds/reference';
import { assignRole, buildProvider, declareCapacity } from '../factories';
import { PLACES } from '../helpers/brokerage';
import {
  ARTIFACTS,
  browserAvailable,
  browserUser,
  isolatedContext,
  launchChromium,
  screenshot,
  screenshotOf,
  seriousViolations,
  startApp,
  type RunningApp,
} from './browser-harness';

/**
 * The pages in a real browser (Debian's Chromium through playwright-core): an officer signs in
 * and creates a package, the top-ranked prime signs in, sees the offer and accepts, and the
 * officer sees it awarded; the commissioner sees those hours in Charnwood North on the coverage map
 * and its table. Every page visited is screenshotted into test-artifacts/web/ and
 * checked with axe-core: no serious or critical accessibility violations.
 */
/** Chromium logs every 4xx page load as an error; forms with errors (400), 403 and 404 pages are meant. */
const unexpected = (errors: string[]) =>
  errors.filter((e) => !/Failed to load resource: the server responded with a status of 40[0134]/.test(e));

describe.skipIf(!browserAvailable())('the pages in a browser', () => {
  let app: RunningApp;
  let browser: Browser;
  let primeId: number;
  const shots: string[] = [];
  const problems = { blocked: [] as string[], consoleErrors: [] as string[] };

  beforeAll(async () => {
    fs.rmSync(ARTIFACTS, { recursive: true, force: true });
    app = await startApp();
    const db = app.services.db;
    await seedReferenceData(db, Date.now());
    primeId = await buildProvider(db, {
      name: 'Charnwood Care Partners',
      tenderScore: 90,
      chcApproved: true,
    });
    const second = await buildProvider(db, { name: 'Soar Valley Homecare', tenderScore: 80 });
    for (const id of [primeId, second]) {
      await assignRole(db, { providerId: id, zoneId: 'charnwood-north', role: 'prime' });
      await declareCapacity(db, {
        providerId: id,
        zoneId: 'charnwood-north',
        weeklyMinutes: 100 * 60,
        at: Date.now() - 3_600_000,
      });
    }
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  async function newUserPage(role: 'officer' | 'provider' | 'admin' | 'commissioner', providerId?: number) {
    const { context, blocked, consoleErrors } = await isolatedContext(browser, app.baseUrl);
    problems.blocked = blocked;
    problems.consoleErrors = consoleErrors;
    const page = await context.newPage();
    const { email, password } = await browserUser(app, role, providerId);
    await page.goto(`${app.baseUrl}/`);
    await page.getByLabel('Email address').fill(email);
    await page.getByLabel('Password', { exact: true }).fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForLoadState('load');
    return { page, blocked, consoleErrors };
  }

  /** Screenshot, then the accessibility check. */
  async function look(page: Page, name: string) {
    await page.waitForLoadState('load');
    await screenshot(page, name, shots);
    expect(await seriousViolations(page), `${name} (${page.url()})`).toEqual([]);
  }

  it(
    'an officer creates a package, the top prime accepts it, and the officer sees it awarded',
    { timeout: 240_000 },
    async () => {
      // The officer signs in (the sign-in page first, as a visitor sees it).
      const visitor = await (await isolatedContext(browser, app.baseUrl)).context.newPage();
      await visitor.goto(`${app.baseUrl}/staff/queue`);
      expect(new URL(visitor.url()).pathname).toBe('/sign-in');
      await look(visitor, 'sign-in');

      const officer = await newUserPage('officer');
      expect(new URL(officer.page.url()).pathname).toBe('/staff/queue');
      await look(officer.page, 'officer-queue-empty');

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
      await officer.page.getByLabel('Latitude').fill(String(PLACES.loughborough.lat));
      await officer.page.getByLabel('Longitude').fill(String(PLACES.loughborough.lon));
      await officer.page.getByLabel('Hours of care a week').fill('10');
      await officer.page.getByLabel('Visits a week').fill('14');
      await officer.page.getByLabel('Continuing healthcare (CHC)').check();
      await officer.page.getByLabel('Hospital discharge').check();
      await officer.page.getByLabel('Day').fill(start[2]!);
      await officer.page.getByLabel('Month').fill(start[1]!);
      await officer.page.getByLabel('Year').fill(start[0]!);
      await officer.page.getByLabel('Dementia experience').check();
      await officer.page.getByRole('button', { name: 'Check price' }).click();
      await expect
        .poll(() => officer.page.locator('h1').textContent())
        .toContain('Check the package and its price');
      const check = await officer.page.locator('main').innerText();
      expect(check).toContain('Charnwood North');
      expect(check).toContain('£18.75 an hour');
      await look(officer.page, 'new-package-check-price');

      await officer.page.getByRole('button', { name: 'Confirm and offer' }).click();
      await expect.poll(() => officer.page.url()).toMatch(/\/staff\/packages\/\d+$/);
      const packageUrl = officer.page.url();
      expect(await officer.page.locator('main').innerText()).toContain('Brokering');
      await look(officer.page, 'package-brokering');

      // The prime signs in and sees the offer with its deadline counting down.
      const prime = await newUserPage('provider', primeId);
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
            needs: { flags: [], language: null },
          },
          Date.now(),
        );
      }
      await officer.page.goto(`${app.baseUrl}/staff/queue`);
      expect(await officer.page.locator('tbody tr').count()).toBe(2);
      await look(officer.page, 'officer-queue');
      await officer.page.getByRole('link', { name: 'Providers' }).click();
      await look(officer.page, 'officer-providers');

      await officer.page.getByRole('button', { name: 'Sign out' }).click();
      await expect.poll(() => officer.page.url()).toContain('/sign-in?signed-out');
      await look(officer.page, 'signed-out');

      expect(problems.blocked).toEqual([]);
      expect(unexpected(problems.consoleErrors)).toEqual([]);
    },
  );

  it(
    'the commissioner\u2019s coverage map shows the awarded hours in the right zone',
    { timeout: 120_000 },
    async () => {
      const { page, blocked, consoleErrors } = await newUserPage('commissioner');
      expect(new URL(page.url()).pathname).toBe('/staff/coverage');
      await page.waitForSelector('[data-map-ready]');
      expect(await page.locator('path.app-map-zone').count()).toBe(14);
      // The table: the package awarded in the first test (10 hours a week in Charnwood North) and nothing elsewhere.
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
    },
  );

  it('admin and commissioner pages pass the same checks', { timeout: 180_000 }, async () => {
    const admin = await newUserPage('admin');
    for (const [path, name] of [
      ['/admin/providers', 'admin-providers'],
      [`/admin/providers/${primeId}`, 'admin-provider'],
      ['/admin/providers/new', 'admin-admit-provider'],
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

    // A demotion that would leave Charnwood North with one prime: the warning, and the acknowledgement it needs.
    const [flag] = await app.services
      .db('role_review_flags')
      .insert({
        provider_id: primeId,
        zone_id: 'charnwood-north',
        kind: 'demotion',
        from_role: 'prime',
        to_role: 'supplementary',
        review_month: '2026-01',
        period_from: '2025-11-01',
        period_to: '2026-01-31',
        below_min_primes: true,
        status: 'open',
        raised_at: Date.now(),
        evidence_json: JSON.stringify({
          rule: 'monthly score below 50 in each of the 3 months',
          months: ['2025-11', '2025-12', '2026-01'].map((month, i) => ({
            month,
            meanScore: 44 + i,
            snapshots: 4,
            threshold: 50,
          })),
          latestSnapshot: null,
          coverage: null,
        }),
      })
      .returning('id');
    const flagUrl = `${app.baseUrl}/staff/performance/flags/${(flag as { id: number }).id}`;
    await admin.page.goto(`${app.baseUrl}/staff/performance`);
    await look(admin.page, 'admin-performance');
    await admin.page.goto(flagUrl);
    expect(await admin.page.locator('.govuk-warning-text').innerText()).toContain('below its minimum of 2');
    await admin.page.getByLabel('Performance confirmed').check();
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

    const commissioner = await newUserPage('commissioner');
    await commissioner.page.goto(`${app.baseUrl}/staff/queue`);
    await look(commissioner.page, 'commissioner-queue');
    await commissioner.page.goto(flagUrl);
    expect(await commissioner.page.locator('form[action$="/confirm"]').count()).toBe(0);
    await look(commissioner.page, 'commissioner-flag');
    expect(unexpected(commissioner.consoleErrors)).toEqual([]);
  });
});
