import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUserWithToken } from '../factories';
import { heading, textOf } from '../web/helpers';
import { accountsCase, startSmtpSink, type SmtpSink } from './helpers';

const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

/** Admins manage every user in the web and the API; the service keeps at least one active admin. */
describe('managing users', () => {
  let smtp: SmtpSink;
  beforeAll(async () => {
    smtp = await startSmtpSink();
  });
  afterAll(() => smtp.close());

  it("lists users with their sign-in history, and changes a user's role, audited", async () => {
    const { ctx } = await accountsCase(smtp);
    const admin = await ctx.signedIn('admin');
    const officer = await ctx.webUser('officer');
    await ctx.anonymous().submit('/sign-in', { email: officer.email, password: 'not the password' });
    const list = textOf((await admin.get('/admin/users')).text);
    expect(list).toMatch(/Web officer \d+ \S+ Brokerage officer Password Never 1 \(last /);

    const promoted = await admin.submit(`/admin/users/${officer.id}`, {
      change: 'role',
      role: 'commissioner',
    });
    expect(promoted.status).toBe(303);
    expect((await ctx.services.db('users').where({ id: officer.id }).first()).role).toBe('commissioner');
    const audit = await ctx.services.db('audit_events').where({ action: 'user.role.change' }).first();
    expect(JSON.parse(audit.after_json)).toEqual({ role: 'commissioner' });
    expect(heading((await admin.get(`/admin/users/${officer.id}`)).text)).toMatch(/^Web officer/);
  });

  it('refuses to deactivate or demote the last active admin (409), and deactivating ends access', async () => {
    const { ctx } = await accountsCase(smtp);
    const admin = await buildUserWithToken(ctx.services.db, { role: 'admin' }, ctx.clock.now());
    const api = (method: 'patch', path: string, body: object) =>
      ctx.request[method](path).set(bearer(admin.token)).send(body);

    const demote = await api('patch', `/users/${admin.id}`, { role: 'officer' });
    expect(demote.status).toBe(409);
    expect(demote.body.type).toBe('/problems/last-admin');
    expect((await api('patch', `/users/${admin.id}`, { active: false })).body.type).toBe(
      '/problems/deactivate-self',
    );

    const second = await buildUserWithToken(ctx.services.db, { role: 'admin' }, ctx.clock.now());
    expect((await api('patch', `/users/${second.id}`, { active: false })).status).toBe(200);
    expect((await ctx.request.get('/me').set(bearer(second.token))).status).toBe(401);
    expect((await api('patch', `/users/${admin.id}`, { role: 'officer' })).status).toBe(409);
    const reactivated = await api('patch', `/users/${second.id}`, { active: true });
    expect(reactivated.body).toMatchObject({ active: true, role: 'admin' });
    expect((await api('patch', `/users/${admin.id}`, { role: 'officer' })).status).toBe(200);
    const actions = await ctx.services.db('audit_events').pluck('action');
    expect(actions).toEqual(
      expect.arrayContaining(['user.deactivate', 'user.reactivate', 'user.role.change']),
    );
  });

  it('invites through the API into the outbox, and keeps provider administrators to their organisation', async () => {
    const { ctx, providerId, otherProviderId } = await accountsCase(smtp);
    const admin = await ctx.tokenFor('admin');
    const invited = await ctx.request
      .post('/users/invitations')
      .set(bearer(admin))
      .send({ name: 'Ola Officer', email: 'ola@council.example', role: 'officer' });
    expect(invited.status).toBe(201);
    expect(invited.body.user).toMatchObject({ role: 'officer', active: true, providerAdmin: false });
    const taken = await ctx.request
      .post('/users/invitations')
      .set(bearer(admin))
      .send({ name: 'Ola Again', email: 'ola@council.example', role: 'officer' });
    expect(taken.status).toBe(422);

    const providerAdmin = await buildUserWithToken(
      ctx.services.db,
      { role: 'provider', providerId, providerAdmin: true },
      ctx.clock.now(),
    );
    const { token: plain } = await buildUserWithToken(
      ctx.services.db,
      { role: 'provider', providerId },
      ctx.clock.now(),
    );
    const colleague = { name: 'Cal Colleague', email: 'cal@soar.example' };
    const own = await ctx.request
      .post(`/providers/${providerId}/users`)
      .set(bearer(providerAdmin.token))
      .send(colleague);
    expect(own.status).toBe(201);
    expect(own.body.user).toMatchObject({ role: 'provider', providerId });
    const other = await ctx.request
      .post(`/providers/${otherProviderId}/users`)
      .set(bearer(providerAdmin.token))
      .send({ name: 'X', email: 'x@wreake.example' });
    expect(other.status).toBe(404);
    expect((await ctx.request.get(`/providers/${providerId}/users`).set(bearer(plain))).status).toBe(403);
    const users = await ctx.request.get(`/providers/${providerId}/users`).set(bearer(providerAdmin.token));
    expect(users.body.users.map((u: { email: string }) => u.email)).toContain('cal@soar.example');
    const promote = await ctx.request
      .patch(`/users/${own.body.user.id}`)
      .set(bearer(providerAdmin.token))
      .send({ role: 'admin' });
    expect(promote.status).toBe(403);
    // Only administrators change where the organisation's offers go.
    const contact = await ctx.request
      .post(`/providers/${providerId}/contacts`)
      .set(bearer(plain))
      .send({ email: 'mine@elsewhere.example' });
    expect(contact.status).toBe(403);
    const webhook = await ctx.request
      .post('/webhooks')
      .set(bearer(plain))
      .send({ url: 'https://hooks.example/x', events: ['offer.created'] });
    expect(webhook.status).toBe(403);
  });

  it('stores session ids hashed; a user ends their other sessions, an admin all of a user’s', async () => {
    const { ctx } = await accountsCase(smtp);
    const officer = await ctx.webUser('officer');
    const laptop = ctx.anonymous();
    const signIn = await laptop.submit('/sign-in', { email: officer.email, password: officer.password });
    const cookie = decodeURIComponent(/hcfl\.sid=([^;]+)/.exec(String(signIn.headers['set-cookie']))![1]!);
    const sid = cookie.slice(2, cookie.lastIndexOf('.'));
    const sids = await ctx.services.db('web_sessions').pluck('sid');
    expect(sids).not.toContain(sid);
    expect(sids).toContain(createHash('sha256').update(sid).digest('hex'));

    const phone = ctx.anonymous();
    await phone.submit('/sign-in', { email: officer.email, password: officer.password });
    expect(textOf((await laptop.get('/account')).text)).toContain('This session');
    const ended = await laptop.submit('/account', { session: 'others' }, '/account/sessions/end');
    expect(ended.status).toBe(303);
    expect((await phone.get('/staff/queue')).headers.location).toMatch(/^\/sign-in/);
    expect((await laptop.get('/staff/queue')).status).toBe(200);

    const admin = await ctx.signedIn('admin');
    expect(
      (await admin.submit(`/admin/users/${officer.id}`, {}, `/admin/users/${officer.id}/sessions/end`))
        .status,
    ).toBe(303);
    expect((await laptop.get('/staff/queue')).headers.location).toMatch(/^\/sign-in/);
  });
});
