import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { heading } from './helpers';
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
import { oidcConfigFor, startOidcProvider, type TestOidcProvider } from '../helpers/oidc-provider';

/**
 * A member of staff signs in through the council's identity provider in Chromium: the test's own
 * OpenID Connect provider (oidc-provider) on a loopback port, with its development login form.
 * Our pages are screenshotted into test-artifacts/web/sso/ and checked with axe-core.
 */
describe.skipIf(!browserAvailable())('in a browser: staff single sign-on', () => {
  let provider: TestOidcProvider | undefined;
  let app: RunningApp;
  let browser: Browser;
  let shots: Shots;

  beforeAll(async () => {
    shots = shotsFor('sso');
    app = await startApp({
      async config(baseUrl) {
        const redirectUrl = `${baseUrl}/sign-in/oidc/callback`;
        provider = await startOidcProvider({ redirectUri: redirectUrl });
        provider.accounts.set('dana', { name: 'Dana Officer', groups: ['hcfl-officers'] });
        provider.accounts.set('erin', { name: 'Erin Elsewhere', groups: ['everyone'] });
        const { testConfig } = await import('../helpers/context');
        return { web: { ...testConfig().web, oidc: oidcConfigFor(provider, redirectUrl) } };
      },
    });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    await provider?.close();
  });

  const look = (page: Page, name: string) => lookAt(shots, page, name);

  async function signInAs(login: string) {
    const isolated = await isolatedContext(browser, app.baseUrl, [provider!.issuer]);
    const page = await isolated.context.newPage();
    await page.goto(`${app.baseUrl}/sign-in`);
    await look(page, `sign-in-${login}`);
    await page.getByRole('button', { name: 'Sign in with your council account' }).click();
    await page.waitForURL((url) => url.href.startsWith(provider!.issuer));
    await page.locator('input[name="login"]').fill(login);
    await page.locator('input[name="password"]').fill('any password');
    await page.locator('button[type="submit"]').click();
    // The callback answers with a redirect (signed in) or the refusal page: either loads on the app.
    await page.waitForURL((url) => url.href.startsWith(app.baseUrl));
    return { page, ...isolated };
  }

  it(
    'lands a staff member with the mapped role, and signs out at the provider too',
    { timeout: 120_000 },
    async () => {
      const { page, blocked, consoleErrors } = await signInAs('dana');
      expect(new URL(page.url()).pathname).toBe('/staff/queue');
      await look(page, 'landed-officer');
      const user = await app.services.db('users').where({ oidc_subject: 'dana' }).first();
      expect(user).toMatchObject({ role: 'officer', name: 'Dana Officer' });

      await page.getByRole('button', { name: 'Sign out' }).click();
      await page.waitForURL((url) => url.href.startsWith(provider!.issuer));
      await page.locator('button[name="logout"][value="yes"]').click();
      await page.waitForURL((url) => url.href.startsWith(`${app.baseUrl}/sign-in`));
      await look(page, 'signed-out');
      expect(await page.getByText('You have signed out.').isVisible()).toBe(true);
      await page.goto(`${app.baseUrl}/staff/queue`);
      expect(new URL(page.url()).pathname).toBe('/sign-in');
      // The provider's development pages ask for a web font; nothing else leaves the two origins.
      expect(blocked.filter((url) => !url.startsWith('https://fonts.googleapis.com/'))).toEqual([]);
      expect(unexpected(consoleErrors.filter((e) => !e.startsWith(provider!.issuer)))).toEqual([]);
    },
  );

  it('shows a clear page to someone whose groups give no role', { timeout: 120_000 }, async () => {
    const { page, blocked } = await signInAs('erin');
    expect(heading(await page.content())).toBe('You cannot sign in to this service');
    await look(page, 'refused');
    expect(blocked.filter((url) => !url.startsWith('https://fonts.googleapis.com/'))).toEqual([]);
  });
});
