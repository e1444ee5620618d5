import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';
import { seedReferenceData } from '../../seeds/reference';
import type { Role } from '../../src/auth/roles';
import { assignRole, buildProvider, declareCapacity } from '../factories';
import {
  browserUser,
  isolatedContext,
  launchChromium,
  screenshot,
  seriousViolations,
  shotsFor,
  startApp,
  type RunningApp,
  type Shots,
} from './browser-harness';

/** Chromium logs every 4xx page load as an error; forms with errors (400), 403 and 404 pages are meant. */
export const unexpected = (errors: string[]) =>
  errors.filter((e) => !/Failed to load resource: the server responded with a status of 40[0134]/.test(e));

/**
 * What each browser journey starts from: the app on a fresh database with the reference data,
 * Charnwood North's two primes (Charnwood Care Partners, CHC-approved and scored 90, then Soar
 * Valley Homecare at 80) with capacity, and Chromium. Every page the journey looks at is
 * screenshotted into test-artifacts/web/<journey>/ and checked with axe-core.
 */
export async function startJourney(journey: string) {
  const shots = shotsFor(journey);
  const app = await startApp();
  const db = app.services.db;
  await seedReferenceData(db, Date.now());
  const primeId = await buildProvider(db, {
    name: 'Charnwood Care Partners',
    tenderScore: 90,
    chcApproved: true,
  });
  const secondId = await buildProvider(db, { name: 'Soar Valley Homecare', tenderScore: 80 });
  for (const providerId of [primeId, secondId]) {
    await assignRole(db, { providerId, zoneId: 'charnwood-north', role: 'prime' });
    const at = Date.now() - 3_600_000;
    await declareCapacity(db, { providerId, zoneId: 'charnwood-north', weeklyMinutes: 100 * 60, at });
  }
  const browser = await launchChromium();
  return {
    app,
    browser,
    primeId,
    shots,
    /** A page in its own browser context, signed in through the form as a new user of the role. */
    signedIn: (role: Role, providerId?: number) => signedInPage({ app, browser }, role, providerId),
    /** A page no one has signed in on. */
    visitor: async () => (await isolatedContext(browser, app.baseUrl)).context.newPage(),
    /** Screenshot, then the accessibility check. */
    look: (page: Page, name: string) => look(shots, page, name),
    async stop() {
      await browser.close();
      await app.stop();
    },
  };
}

export type Journey = Awaited<ReturnType<typeof startJourney>>;

async function signedInPage(
  { app, browser }: { app: RunningApp; browser: Browser },
  role: Role,
  providerId?: number,
) {
  const { context, blocked, consoleErrors } = await isolatedContext(browser, app.baseUrl);
  const page = await context.newPage();
  const { email, password } = await browserUser(app, role, providerId);
  await page.goto(`${app.baseUrl}/`);
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForLoadState('load');
  return { page, blocked, consoleErrors };
}

/** Screenshot, then the accessibility check (serious and critical axe-core violations fail). */
export async function look(shots: Shots, page: Page, name: string) {
  await page.waitForLoadState('load');
  await screenshot(page, name, shots);
  expect(await seriousViolations(page), `${name} (${page.url()})`).toEqual([]);
}
