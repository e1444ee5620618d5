import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildProvider, buildWebUser } from '../factories';
import { notificationsFrom } from '../notifications/fixtures';
import { startSmtpSink, waitFor, type SmtpSink } from '../notifications/servers';
import {
  browserAvailable,
  isolatedContext,
  launchChromium,
  shotsFor,
  startApp,
  type RunningApp,
  type Shots,
} from './browser-harness';
import { look as lookAt, unexpected } from './browser-journey';

/**
 * The "done when", in Chromium: a provider administrator invites a colleague; the invitation
 * leaves through the outbox to a real SMTP server (smtp-server on a loopback port); the colleague
 * opens the emailed link, chooses a password and signs in. Pages are screenshotted into
 * test-artifacts/web/invitation/ and checked with axe-core.
 */
describe.skipIf(!browserAvailable())('in a browser: a provider administrator invites a colleague', () => {
  let smtp: SmtpSink;
  let app: RunningApp;
  let browser: Browser;
  let shots: Shots;

  beforeAll(async () => {
    shots = shotsFor('invitation');
    smtp = await startSmtpSink();
    app = await startApp({
      config: async (baseUrl) => ({
        notifications: notificationsFrom({
          SMTP_URL: smtp.url,
          OUTBOX_DELIVER_AFTER_COMMIT: 'true',
          PUBLIC_BASE_URL: baseUrl,
        }),
      }),
    });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.services.outbox.stop();
    await app?.stop();
    await smtp?.close();
  });

  const look = (page: Page, name: string) => lookAt(shots, page, name);

  async function signIn(page: Page, email: string, password: string) {
    await page.getByLabel('Email address').fill(email);
    await page.getByLabel('Password', { exact: true }).fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForLoadState('load');
  }

  it(
    'sends the colleague a link that sets a password, and the colleague signs in',
    { timeout: 120_000 },
    async () => {
      const providerId = await buildProvider(app.services.db, { name: 'Soar Valley Homecare' });
      const admin = await buildWebUser(
        app.services.db,
        { role: 'provider', providerId, providerAdmin: true },
        Date.now(),
      );

      const first = await isolatedContext(browser, app.baseUrl);
      const page = await first.context.newPage();
      await page.goto(`${app.baseUrl}/sign-in`);
      await signIn(page, admin.email, admin.password);
      await page.getByRole('link', { name: "Your organisation's users" }).click();
      await look(page, 'users');
      await page.getByRole('button', { name: 'Invite a user' }).click();
      await page.getByLabel('Name').fill('Priya Shah');
      await page.getByLabel('Email address').fill('priya@soar.example');
      await look(page, 'invite');
      await page.getByRole('button', { name: 'Send the invitation' }).click();
      await page.waitForLoadState('load');
      expect(await page.getByText('Invitation sent to priya@soar.example').isVisible()).toBe(true);
      await look(page, 'invited');

      await waitFor(
        () => smtp.mails.some((m) => m.to.includes('priya@soar.example')),
        'the invitation email',
      );
      const mail = smtp.mails.find((m) => m.to.includes('priya@soar.example'))!;
      const link = /Choose your password: (\S+)/.exec(mail.text)![1]!;
      expect(link.startsWith(`${app.baseUrl}/account/password?token=`)).toBe(true);

      const second = await isolatedContext(browser, app.baseUrl);
      const colleague = await second.context.newPage();
      await colleague.goto(link);
      await look(colleague, 'choose-password');
      await colleague.getByLabel('Password', { exact: true }).fill('kettle harbour violet');
      await colleague.getByLabel('Type the password again').fill('kettle harbour violet');
      await colleague.getByRole('button', { name: 'Set password' }).click();
      await colleague.waitForURL(`${app.baseUrl}/sign-in`);
      expect(await colleague.getByText('Your password has been set').isVisible()).toBe(true);
      await look(colleague, 'password-set');
      await signIn(colleague, 'priya@soar.example', 'kettle harbour violet');
      expect(new URL(colleague.url()).pathname).toBe('/my/offers');
      await look(colleague, 'signed-in');
      await colleague.getByRole('link', { name: 'Your account' }).click();
      await colleague.waitForURL(`${app.baseUrl}/account`);
      await expect.poll(() => colleague.getByText('This session').isVisible()).toBe(true);
      await look(colleague, 'account');
      await colleague.getByRole('link', { name: 'Second factor: off' }).click();
      expect(await colleague.locator('#totp-uri').textContent()).toMatch(/^otpauth:\/\/totp\//);
      await look(colleague, 'two-factor');

      await page.reload();
      expect(await page.getByRole('cell', { name: /Priya Shah/ }).isVisible()).toBe(true);
      for (const run of [first, second]) {
        expect(run.blocked).toEqual([]);
        expect(unexpected(run.consoleErrors)).toEqual([]);
      }
    },
  );
});
