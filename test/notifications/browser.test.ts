import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedReferenceData } from '../../seeds/reference';
import { buildProvider } from '../factories';
import {
  ARTIFACTS,
  browserAvailable,
  browserUser,
  isolatedContext,
  launchChromium,
  seriousViolations,
  startApp,
  type RunningApp,
} from '../web/browser-harness';

/** Beside test/web's screenshots, in a folder of their own (that suite clears its folder when it starts). */
const SHOTS = path.join(path.dirname(ARTIFACTS), 'notifications');

/**
 * The notification pages in Debian's Chromium, checked with axe-core: a provider user adds an offer
 * contact and chooses a daily summary; the admin reads a message in the outbox and re-sends it.
 */
describe.skipIf(!browserAvailable())('notification pages in a browser', () => {
  let app: RunningApp;
  let browser: Browser;
  let providerId: number;

  beforeAll(async () => {
    fs.rmSync(SHOTS, { recursive: true, force: true });
    fs.mkdirSync(SHOTS, { recursive: true });
    app = await startApp();
    await seedReferenceData(app.services.db, Date.now());
    providerId = await buildProvider(app.services.db, { name: 'Quorn Home Support' });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  async function signedIn(role: 'provider' | 'admin') {
    const { context, blocked } = await isolatedContext(browser, app.baseUrl);
    const page = await context.newPage();
    const { email, password } = await browserUser(app, role, role === 'provider' ? providerId : undefined);
    await page.goto(`${app.baseUrl}/`);
    await page.getByLabel('Email address').fill(email);
    await page.getByLabel('Password', { exact: true }).fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForLoadState('load');
    return { page, blocked };
  }

  async function look(page: Page, name: string) {
    await page.waitForLoadState('load');
    await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
    expect(await seriousViolations(page), name).toEqual([]);
  }

  it(
    'a provider user adds an offer contact and chooses a daily summary for lost offers',
    { timeout: 120_000 },
    async () => {
      const { page, blocked } = await signedIn('provider');
      await page.getByRole('link', { name: 'Notifications' }).click();
      await look(page, 'provider-notifications');
      await page.getByLabel('Add an offer contact').fill('rota@quorn.example');
      await page.getByRole('button', { name: 'Add contact' }).click();
      await expect.poll(() => page.locator('main').innerText()).toContain('rota@quorn.example');
      await page
        .getByRole('group', { name: 'A package awarded to another provider' })
        .getByLabel('In a daily summary')
        .check();
      await page.getByRole('button', { name: 'Save choices' }).click();
      await expect
        .poll(() => page.locator('.govuk-notification-banner').innerText())
        .toContain('Your choices have been saved');
      await look(page, 'provider-notifications-saved');
      const saved = await app.services
        .db('notification_preferences')
        .where({ owner_id: providerId, kind: 'offer.lost' })
        .first();
      expect(saved).toMatchObject({ delivery: 'digest' });

      await page.getByRole('link', { name: 'Webhooks' }).click();
      await look(page, 'provider-webhooks');
      expect(blocked).toEqual([]);
    },
  );

  it('the admin reads a message in the outbox and re-sends a dead letter', { timeout: 120_000 }, async () => {
    const now = Date.now();
    const payload = {
      packageId: 3,
      zone: { id: 'melton', name: 'Melton' },
      band: 'rural',
      weeklyMinutes: 600,
      visitsPerWeek: 14,
      careType: 'core',
      urgency: 'urgent',
      needs: { flags: ['two-carers'], language: null },
      wantedStart: '2026-01-12',
      windowEndsAt: now,
    };
    await app.services.db('outbox_messages').insert({
      channel: 'email',
      recipient: 'rota@quorn.example',
      kind: 'offer.created',
      provider_id: providerId,
      subject_id: 9,
      urgent: true,
      payload_json: JSON.stringify(payload),
      idempotency_key: 'offer.created:c:9:1',
      status: 'dead',
      attempts: 12,
      next_attempt_at: now,
      last_error: 'relay refused',
      created_at: now,
    });
    const { page } = await signedIn('admin');
    await page.getByRole('link', { name: 'Outbox' }).click();
    await look(page, 'admin-outbox');
    await page
      .getByRole('link', { name: /^Email \d+$/ })
      .first()
      .click();
    await expect
      .poll(() => page.locator('h1').innerText())
      .toContain('Urgent offer (Urgent): Melton, 10 hours a week');
    await look(page, 'admin-outbox-message');
    await page.getByRole('button', { name: 'Re-send this dead letter' }).click();
    await expect
      .poll(() => page.locator('.govuk-notification-banner').innerText())
      .toContain('will be sent again');
  });
});
