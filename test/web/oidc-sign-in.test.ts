import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PENDING_SIGN_IN_MS } from '../../src/web/sign-in/oidc-pages';
import { testConfig } from '../helpers/context';
import {
  oidcConfigFor,
  signInAtProvider,
  startOidcProvider,
  type TestOidcProvider,
} from '../helpers/oidc-provider';
import { createWebTestContext, heading, textOf, type WebAgent, type WebTestContext } from './helpers';

const REDIRECT_URL = 'http://localhost:3000/sign-in/oidc/callback';

/** Starts a sign-in at the service, signs in at the provider, and returns the callback as a path. */
async function throughProvider(agent: WebAgent, login: string): Promise<string> {
  const start = await agent.get('/sign-in/oidc');
  expect(start.status).toBe(303);
  const callback = await signInAtProvider(start.headers.location!, login);
  expect(callback.origin + callback.pathname).toBe(REDIRECT_URL);
  return callback.pathname + callback.search;
}

describe('staff single sign-on through a real OpenID Connect provider', () => {
  let provider: TestOidcProvider;
  let ctx: WebTestContext;
  const usersOf = (subject: string) => ctx.services.db('users').where({ oidc_subject: subject });

  beforeAll(async () => {
    provider = await startOidcProvider({ redirectUri: REDIRECT_URL });
    provider.accounts.set('alice', { name: 'Alice Officer', groups: ['everyone', 'hcfl-officers'] });
    provider.accounts.set('carol', { name: 'Carol Elsewhere', groups: ['everyone'] });
    ctx = await createWebTestContext({
      config: { web: { ...testConfig().web, oidc: oidcConfigFor(provider, REDIRECT_URL) } },
    });
  });
  afterAll(async () => {
    await ctx.destroy();
    await provider.close();
  });

  it('answers the single sign-on paths only when it is configured', async () => {
    const plain = await createWebTestContext();
    try {
      expect((await plain.anonymous().get('/sign-in/oidc')).status).toBe(404);
      expect(textOf((await plain.anonymous().get('/sign-in')).text)).not.toContain('council account');
    } finally {
      await plain.destroy();
    }
  });

  it('says so with a 503 page when the council provider cannot be reached', async () => {
    const down = await createWebTestContext({
      config: {
        web: {
          ...testConfig().web,
          oidc: { ...oidcConfigFor(provider, REDIRECT_URL), issuerUrl: 'http://127.0.0.1:9' },
        },
      },
    });
    try {
      const res = await down.anonymous().get('/sign-in/oidc');
      expect(res.status).toBe(503);
      expect(textOf(res.text)).toContain('The council sign-in service cannot be reached just now');
    } finally {
      await down.destroy();
    }
  });

  it('offers the council account on the sign-in page, and sends the browser to the provider with PKCE', async () => {
    const agent = ctx.anonymous();
    expect(textOf((await agent.get('/sign-in')).text)).toContain('Sign in with your council account');
    const start = await agent.get('/sign-in/oidc?next=%2Fstaff%2Fproviders');
    const url = new URL(start.headers.location!);
    expect(url.origin).toBe(provider.issuer);
    expect(url.searchParams.get('code_challenge_method')).toBe('S256');
    for (const p of ['code_challenge', 'state', 'nonce'])
      expect(url.searchParams.get(p)).toMatch(/^\S{20,}$/);
    expect(url.searchParams.get('redirect_uri')).toBe(REDIRECT_URL);
  });

  it('signs in a new staff user with the mapped role, matched by issuer and subject, and audits it', async () => {
    const agent = ctx.anonymous();
    const back = await agent.get(await throughProvider(agent, 'alice'));
    expect(back.status).toBe(303);
    expect(back.headers.location).toBe('/staff/queue');
    expect((await agent.get('/staff/queue')).status).toBe(200);
    const [user] = await usersOf('alice');
    expect(user).toMatchObject({ name: 'Alice Officer', role: 'officer', oidc_issuer: provider.issuer });
    const audit = await ctx.services
      .db('audit_events')
      .where({ action: 'user.create', entity_id: String(user.id) });
    expect(audit).toHaveLength(1);
  });

  it('refuses a replayed callback, in the same browser and in another', async () => {
    const agent = ctx.anonymous();
    const callback = await throughProvider(agent, 'alice');
    expect((await agent.get(callback)).status).toBe(303);
    const again = await agent.get(callback);
    expect(again.status).toBe(400);
    expect(heading(again.text)).toBe('Sign-in did not complete');
    expect((await ctx.anonymous().get(callback)).status).toBe(400);
  });

  it('refuses a callback that comes back after the sign-in expired, or with another state', async () => {
    const late = ctx.anonymous();
    const callback = await throughProvider(late, 'alice');
    ctx.clock.advance(PENDING_SIGN_IN_MS + 1);
    const expired = await late.get(callback);
    expect(expired.status).toBe(400);
    expect(textOf(expired.text)).toContain('expired or has already been used');

    const forged = ctx.anonymous();
    const real = new URL(await throughProvider(forged, 'alice'), REDIRECT_URL);
    real.searchParams.set('state', 'not-the-state-this-browser-was-sent-with');
    const refused = await forged.get(real.pathname + real.search);
    expect(refused.status).toBe(400);
    expect(textOf(refused.text)).toContain('could not be checked');
  });

  it('refuses, with a page that says why, a user whose claim maps to no role', async () => {
    const agent = ctx.anonymous();
    const res = await agent.get(await throughProvider(agent, 'carol'));
    expect(res.status).toBe(403);
    expect(heading(res.text)).toBe('You cannot sign in to this service');
    expect(await usersOf('carol')).toHaveLength(0);
    expect((await agent.get('/staff/queue')).status).toBe(303);
  });

  it('follows the claim at each sign-in: a move to the admins group makes the user an admin, audited', async () => {
    provider.accounts.set('alice', { name: 'Alice Officer', groups: ['hcfl-admins'] });
    const agent = ctx.anonymous();
    const back = await agent.get(await throughProvider(agent, 'alice'));
    expect(back.headers.location).toBe('/admin/providers');
    const [user] = await usersOf('alice');
    expect(user.role).toBe('admin');
    const change = await ctx.services
      .db('audit_events')
      .where({ action: 'user.role.change', entity_id: String(user.id) })
      .first();
    expect(JSON.parse(change.after_json)).toEqual({ role: 'admin', source: 'oidc-claim' });
    expect(await usersOf('alice')).toHaveLength(1);
  });

  it("signs out here and sends the browser to the provider's end-session endpoint", async () => {
    const agent = ctx.anonymous();
    await agent.get(await throughProvider(agent, 'alice'));
    const out = await agent.submit('/staff/queue', {}, '/sign-out');
    expect(out.status).toBe(303);
    const url = new URL(out.headers.location!);
    expect(url.origin).toBe(provider.issuer);
    expect(url.searchParams.get('post_logout_redirect_uri')).toBe('http://localhost:3000/sign-in?signed-out');
    expect(url.searchParams.get('id_token_hint')).toMatch(/^ey/);
    expect((await agent.get('/staff/queue')).status).toBe(303);
  });
});

describe('password sign-in limited to some roles', () => {
  it('tells staff to use their council account, and still signs in providers with a password', async () => {
    const ctx = await createWebTestContext({
      config: { web: { ...testConfig().web, passwordSignInRoles: ['provider'] } },
    });
    try {
      const officer = await ctx.webUser('officer');
      const refused = await ctx
        .anonymous()
        .submit('/sign-in', { email: officer.email, password: officer.password });
      expect(refused.status).toBe(403);
      expect(textOf(refused.text)).toContain('Sign in with your council account');
      const wrong = await ctx.anonymous().submit('/sign-in', { email: officer.email, password: 'not it' });
      expect(wrong.status).toBe(401);
    } finally {
      await ctx.destroy();
    }
  });
});
