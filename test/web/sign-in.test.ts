import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SESSION_COOKIE } from '../../src/web/session/session';
import supertest from 'supertest';
import { testConfig } from '../helpers/context';
import { hashToken } from '../../src/auth/tokens';
import {
  createWebTestContext,
  csrfFrom,
  errorSummary,
  fieldError,
  heading,
  type WebTestContext,
} from './helpers';

const sessionCookie = (header: string | string[] | undefined) =>
  ([] as string[]).concat(header ?? []).find((c) => c.startsWith(`${SESSION_COOKIE}=`));

describe('signing in to the web pages', () => {
  let ctx: WebTestContext;
  beforeAll(async () => {
    ctx = await createWebTestContext({
      config: { web: { ...testConfig().web, signInFailuresBeforeDelay: 100, signInFailuresBeforeLock: 3 } },
    });
  });
  afterAll(() => ctx.destroy());

  it('sends a visitor to the sign-in page, and back to the page asked for after signing in', async () => {
    const agent = ctx.anonymous();
    const first = await agent.get('/staff/queue?zone=melton');
    expect(first.status).toBe(303);
    expect(first.headers.location).toBe('/sign-in?next=%2Fstaff%2Fqueue%3Fzone%3Dmelton');
    const { email, password } = await ctx.webUser('officer');
    const signIn = await agent.submit(
      '/sign-in?next=%2Fstaff%2Fqueue%3Fzone%3Dmelton',
      { email, password, next: '/staff/queue?zone=melton' },
      '/sign-in',
    );
    expect(signIn.status).toBe(303);
    expect(signIn.headers.location).toBe('/staff/queue?zone=melton');
    expect((await agent.get('/staff/queue')).status).toBe(200);
  });

  it('never sends anyone to another site after signing in', async () => {
    const agent = ctx.anonymous();
    const { email, password } = await ctx.webUser('provider', undefined);
    const res = await agent.submit('/sign-in', { email, password, next: '//evil.example/phish' });
    expect(res.status).toBe(303);
    expect(res.headers.location).toBe('/my/offers');
  });

  it('sets a session cookie that is httpOnly and SameSite=Lax, stored in the database by its hash', async () => {
    const agent = ctx.anonymous();
    const { email, password } = await ctx.webUser('admin');
    const res = await agent.submit('/sign-in', { email: email.toUpperCase(), password });
    expect(res.status).toBe(303);
    expect(res.headers.location).toBe('/admin/providers');
    const cookie = sessionCookie(res.headers['set-cookie']);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).not.toMatch(/Secure/i); // Secure only in production (next test)
    const sid = decodeURIComponent(cookie!.split(';')[0]!.split('=')[1]!).replace(/^s:/, '').split('.')[0];
    const stored = await ctx.services
      .db('web_sessions')
      .where({ sid: hashToken(sid!) })
      .first();
    expect(stored).toBeDefined();
    expect(await ctx.services.db('web_sessions').where({ sid }).first()).toBeUndefined();
  });

  it('marks the cookie Secure in production (behind a proxy that terminates TLS)', async () => {
    const production = await createWebTestContext({ config: { env: 'production', trustProxy: 'loopback' } });
    try {
      const { email, password } = await production.webUser('officer');
      // A Secure cookie is only sent back over HTTPS, so carry it by hand as the proxy would.
      const page = await supertest(production.app).get('/sign-in').set('X-Forwarded-Proto', 'https');
      const first = sessionCookie(page.headers['set-cookie']);
      expect(first).toMatch(/;\s*Secure/i);
      const res = await supertest(production.app)
        .post('/sign-in')
        .set('X-Forwarded-Proto', 'https')
        .set('Cookie', first!.split(';')[0]!)
        .type('form')
        .send({ _csrf: csrfFrom(page.text), email, password });
      expect(res.status).toBe(303);
      expect(sessionCookie(res.headers['set-cookie'])).toMatch(/;\s*Secure/i);
    } finally {
      await production.destroy();
    }
  });

  it('answers a wrong password with 401 and one message that does not say which part was wrong', async () => {
    const { email } = await ctx.webUser('officer');
    const res = await ctx.anonymous().submit('/sign-in', { email, password: 'not the password' });
    expect(res.status).toBe(401);
    expect(errorSummary(res.text)).toEqual(['Enter a correct email address and password']);
    const unknown = await ctx.anonymous().submit('/sign-in', { email: 'nobody@example.org', password: 'x' });
    expect(unknown.status).toBe(401);
    expect(errorSummary(unknown.text)).toEqual(['Enter a correct email address and password']);
  });

  it('shows missing fields beside the fields, in the error summary', async () => {
    const res = await ctx.anonymous().submit('/sign-in', { email: 'not-an-email', password: '' });
    expect(res.status).toBe(400);
    expect(fieldError(res.text, 'email')).toBe(
      'Enter an email address in the correct format, like name@example.com',
    );
    expect(fieldError(res.text, 'password')).toBe('Enter your password');
    expect(res.text).toContain('<title>Error: Sign in');
  });

  it('locks an account after repeated failures, even with the right password', async () => {
    const { email, password } = await ctx.webUser('officer');
    for (let i = 0; i < 3; i += 1) {
      expect((await ctx.anonymous().submit('/sign-in', { email, password: `wrong ${i}` })).status).toBe(401);
    }
    const locked = await ctx.anonymous().submit('/sign-in', { email, password });
    expect(locked.status).toBe(429);
    expect(fieldError(locked.text, 'email')).toMatch(/too many failed attempts/i);
    // Another account is not affected.
    const other = await ctx.webUser('officer');
    expect(
      (await ctx.anonymous().submit('/sign-in', { email: other.email, password: other.password })).status,
    ).toBe(303);
  });

  it('refuses a disabled user, and signs out a user disabled since signing in', async () => {
    const { id, email, password } = await ctx.webUser('officer');
    const agent = ctx.anonymous();
    expect((await agent.submit('/sign-in', { email, password })).status).toBe(303);
    await ctx.services.db('users').where({ id }).update({ disabled_at: ctx.clock.now() });
    expect((await agent.get('/staff/queue')).status).toBe(303);
    expect((await ctx.anonymous().submit('/sign-in', { email, password })).status).toBe(401);
  });

  it('signs out: the session is destroyed and pages ask to sign in again', async () => {
    const agent = await ctx.signedIn('officer');
    expect((await agent.get('/staff/queue')).status).toBe(200);
    const out = await agent.submit('/staff/queue', {}, '/sign-out');
    expect(out.status).toBe(303);
    expect(out.headers.location).toBe('/sign-in?signed-out');
    expect((await agent.get('/staff/queue')).status).toBe(303);
    expect(heading((await agent.get('/sign-in?signed-out')).text)).toBe('Sign in');
  });

  it('refuses a form without its CSRF token, even from a signed-in user', async () => {
    const agent = await ctx.signedIn('officer');
    const res = await agent.post('/sign-out').type('form').send({});
    expect(res.status).toBe(403);
    expect(heading(res.text)).toBe('The form could not be sent');
    const forged = await agent.post('/sign-out').type('form').send({ _csrf: 'forged' });
    expect(forged.status).toBe(403);
    expect((await agent.get('/staff/queue')).status).toBe(200); // still signed in
  });

  it('keeps the JSON API token-only: a web session cookie does not authenticate it', async () => {
    const agent = await ctx.signedIn('officer');
    const res = await agent.get('/me');
    expect(res.status).toBe(401);
    expect(res.type).toBe('application/problem+json');
  });
});

describe('signing in from an address past its limit of failures', () => {
  it('still signs in a user with the right password, while wrong ones are refused with 429', async () => {
    const ctx = await createWebTestContext({
      config: { authFailuresBeforeDelay: 100, authFailuresBeforeBlock: 3 },
    });
    try {
      const wrong = { Authorization: 'Bearer hcfl_wrong-token-xxxxxxxxxxxxxxxxxxxx' };
      for (let i = 0; i < 3; i += 1) expect((await ctx.request.get('/me').set(wrong)).status).toBe(401);
      const { email, password } = await ctx.webUser('officer');
      const refused = await ctx.anonymous().submit('/sign-in', { email, password: 'not the password' });
      expect(refused.status).toBe(429);
      expect(refused.headers['retry-after']).toMatch(/^\d+$/);
      expect(fieldError(refused.text, 'email')).toMatch(
        /too many failed attempts to sign in from your network/i,
      );
      expect((await ctx.anonymous().submit('/sign-in', { email, password })).status).toBe(303);
    } finally {
      await ctx.destroy();
    }
  });
});
