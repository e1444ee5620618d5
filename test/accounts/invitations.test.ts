import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { heading, textOf } from '../web/helpers';
import { accountsCase, mailTo, startSmtpSink, type SmtpSink } from './helpers';

/**
 * Invitations and password resets through the outbox to a real SMTP server (smtp-server on a
 * loopback port): a provider administrator invites a colleague, who chooses a password from the
 * emailed link and signs in; "forgot your password" answers the same for every address.
 */
describe('invitations and password resets by email', () => {
  let smtp: SmtpSink;
  beforeAll(async () => {
    smtp = await startSmtpSink();
  });
  afterAll(() => smtp.close());

  it('lets a provider administrator invite a colleague, who sets a password from the emailed link and signs in', async () => {
    const { ctx, providerId } = await accountsCase(smtp);
    const admin = await ctx.signedIn('provider', providerId, { providerAdmin: true });
    const invited = await admin.submit('/my/users/invite', {
      name: 'Priya Shah',
      email: 'priya@soar.example',
    });
    expect(invited.status).toBe(303);
    expect(invited.headers.location).toBe('/my/users');
    expect(textOf((await admin.get('/my/users')).text)).toContain('Priya Shah');

    const { mail, path } = await mailTo(smtp, 'priya@soar.example');
    expect(mail.subject).toBe('You have been invited to the home care brokerage service');
    const token = new URL(path, 'http://x').searchParams.get('token')!;
    // Only the token's hash is kept.
    const link = await ctx.services.db('account_links').first();
    expect(link.token_hash).toBe(createHash('sha256').update(token).digest('hex'));
    expect(JSON.stringify(await ctx.services.db('account_links').select())).not.toContain(token);
    // Once the email has gone, the outbox keeps no working link either (src/notifications/secrets.ts).
    const invitation = () => ctx.services.db('outbox_messages').where({ kind: 'account.invitation' }).first();
    await expect.poll(async () => (await invitation()).status).toBe('sent');
    const stored = [await invitation(), ...(await ctx.services.db('outbox_events').select('payload_json'))];
    expect(JSON.stringify(stored)).not.toContain(token);

    const colleague = ctx.anonymous();
    expect(heading((await colleague.get(path)).text)).toBe('Choose your password');
    const tooShort = await colleague.submit(
      path,
      { token, password: 'short', confirm: 'short' },
      '/account/password',
    );
    expect(tooShort.status).toBe(400);
    expect(textOf(tooShort.text)).toContain('Password must be 12 characters or more');
    const set = await colleague.submit(
      path,
      { token, password: 'kettle harbour violet', confirm: 'kettle harbour violet' },
      '/account/password',
    );
    expect(set.status).toBe(303);
    expect(set.headers.location).toBe('/sign-in');
    // Single use.
    expect((await colleague.get(path)).status).toBe(404);

    const signIn = await colleague.submit('/sign-in', {
      email: 'Priya@soar.example',
      password: 'kettle harbour violet',
    });
    expect(signIn.status).toBe(303);
    expect(signIn.headers.location).toBe('/my/offers');
    const user = await ctx.services.db('users').where({ email: 'priya@soar.example' }).first();
    expect(user).toMatchObject({ role: 'provider', provider_id: providerId });
    expect(Number(user.last_sign_in_at)).toBeGreaterThan(0);
    const actions = await ctx.services
      .db('audit_events')
      .where({ entity_id: String(user.id) })
      .pluck('action');
    expect(actions).toEqual(expect.arrayContaining(['user.invite', 'user.password.set']));
  });

  it('keeps a provider administrator to its own organisation, and other provider users out', async () => {
    const { ctx, providerId, otherProviderId } = await accountsCase(smtp);
    const admin = await ctx.signedIn('provider', providerId, { providerAdmin: true });
    const stranger = await ctx.webUser('provider', otherProviderId);
    const list = textOf((await admin.get('/my/users')).text);
    expect(list).not.toContain(stranger.email);
    const deactivate = await admin.submit('/my/users', { change: 'deactivate' }, `/my/users/${stranger.id}`);
    expect(deactivate.status).toBe(404);
    expect((await ctx.services.db('users').where({ id: stranger.id }).first()).disabled_at).toBeNull();

    const colleague = await ctx.webUser('provider', providerId);
    expect(
      (await admin.submit('/my/users', { change: 'deactivate' }, `/my/users/${colleague.id}`)).status,
    ).toBe(303);
    expect((await ctx.services.db('users').where({ id: colleague.id }).first()).disabled_at).not.toBeNull();

    const plain = await ctx.signedIn('provider', providerId);
    expect((await plain.get('/my/users')).status).toBe(403);
  });

  it('answers "forgot your password" the same for any address, and resets by a link that expires', async () => {
    const { ctx, providerId } = await accountsCase(smtp);
    const user = await ctx.webUser('provider', providerId);
    const other = await ctx.signedIn('provider', providerId);
    const anyone = ctx.anonymous();
    const unknown = await anyone.submit('/sign-in/forgot', { email: 'nobody@nowhere.example' });
    const known = await anyone.submit('/sign-in/forgot', { email: user.email });
    expect(unknown.status).toBe(200);
    expect(known.status).toBe(200);
    expect(textOf(known.text).replace(user.email, 'X')).toBe(
      textOf(unknown.text).replace('nobody@nowhere.example', 'X'),
    );
    const { path } = await mailTo(smtp, user.email);
    expect(smtp.mails.some((m) => m.to.includes('nobody@nowhere.example'))).toBe(false);

    ctx.clock.advance(61 * 60_000);
    expect((await anyone.get(path)).status).toBe(404);

    smtp.mails.length = 0;
    await anyone.submit('/sign-in/forgot', { email: user.email });
    const fresh = await mailTo(smtp, user.email);
    expect(fresh.path).not.toBe(path);
    const token = new URL(fresh.path, 'http://x').searchParams.get('token')!;
    const reset = await anyone.submit(
      fresh.path,
      { token, password: 'a brand new passphrase', confirm: 'a brand new passphrase' },
      '/account/password',
    );
    expect(reset.status).toBe(303);
    expect((await anyone.submit('/sign-in', { email: user.email, password: user.password })).status).toBe(
      401,
    );
    expect(
      (await ctx.anonymous().submit('/sign-in', { email: user.email, password: 'a brand new passphrase' }))
        .status,
    ).toBe(303);
    // Someone else's session is untouched.
    expect((await other.get('/my/offers')).status).toBe(200);
  });
});
