import { generate } from 'otplib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWebTestContext, heading, type WebTestContext } from '../web/helpers';
import { testConfig } from '../helpers/context';

/** The optional second factor (TOTP) for password users, required for admins when TOTP_REQUIRED_ROLES says so. */
describe('a second factor', () => {
  let ctx: WebTestContext;
  beforeAll(async () => {
    ctx = await createWebTestContext({
      config: { web: { ...testConfig().web, totpRequiredRoles: ['admin'] } },
    });
  });
  afterAll(() => ctx.destroy());

  const codeFor = (secret: string, offsetMs = 0) =>
    generate({ secret, epoch: Math.floor((ctx.clock.now() + offsetMs) / 1000) });
  const secretOn = (html: string) => /id="totp-secret"[^>]*>([A-Z2-7]+)</.exec(html)![1]!;

  it('is set up with a code, and then signing in asks for a code, each code once', async () => {
    const officer = await ctx.webUser('officer');
    const agent = ctx.anonymous();
    await agent.submit('/sign-in', { email: officer.email, password: officer.password });
    const setup = await agent.get('/account/two-factor');
    expect(setup.text).toMatch(/otpauth:\/\/totp\//);
    const secret = secretOn(setup.text);
    expect((await agent.submit('/account/two-factor', { code: '000000' })).status).toBe(400);
    const on = await agent.submit('/account/two-factor', { code: await codeFor(secret) });
    expect(on.status).toBe(303);
    const stored = await ctx.services
      .db('users')
      .where({ id: officer.id })
      .first('totp_secret', 'totp_enabled_at');
    expect(stored.totp_enabled_at).not.toBeNull();

    const next = ctx.anonymous();
    const password = await next.submit('/sign-in', { email: officer.email, password: officer.password });
    expect(password.headers.location).toBe('/sign-in/code');
    expect((await next.get('/staff/queue')).headers.location).toMatch(/^\/sign-in/);
    ctx.clock.advance(60_000);
    expect((await next.submit('/sign-in/code', { code: '123456' })).status).toBe(401);
    const code = await codeFor(secret);
    const signedIn = await next.submit('/sign-in/code', { code });
    expect(signedIn.headers.location).toBe('/staff/queue');
    expect((await next.get('/staff/queue')).status).toBe(200);

    // The same code does not sign in twice.
    const again = ctx.anonymous();
    await again.submit('/sign-in', { email: officer.email, password: officer.password });
    expect((await again.submit('/sign-in/code', { code })).status).toBe(401);
  });

  it('sends an admin without one to set it up before any other page', async () => {
    const admin = await ctx.signedIn('admin');
    const users = await admin.get('/admin/users');
    expect(users.status).toBe(303);
    expect(users.headers.location).toBe('/account/two-factor');
    const setup = await admin.get('/account/two-factor');
    expect(heading(setup.text)).toBe('Second factor');
    await admin.submit('/account/two-factor', { code: await codeFor(secretOn(setup.text)) });
    expect((await admin.get('/admin/users')).status).toBe(200);
  });
});
