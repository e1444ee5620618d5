import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildProvider } from '../factories';
import { seedReference } from '../helpers/brokerage';
import { createWebTestContext, fieldError, heading, textOf, type WebTestContext } from '../web/helpers';

/** The notification pages: each user's choices, a provider's contacts and webhooks, the admin's outbox. */
describe('notification pages', () => {
  let ctx: WebTestContext;
  let providerId: number;

  beforeAll(async () => {
    ctx = await createWebTestContext();
    await seedReference(ctx);
    providerId = await buildProvider(ctx.services.db, { name: 'Wreake Valley Care' });
  });
  afterAll(() => ctx.destroy());

  it("lets a provider's administrator manage its organisation's offer contacts and choices", async () => {
    const agent = await ctx.signedIn('provider', providerId, { providerAdmin: true });
    const page = await agent.get('/my/notifications');
    expect(page.status).toBe(200);
    expect(heading(page.text)).toBe('Notifications');
    expect(textOf(page.text)).toContain('No offer contacts: nobody is emailed about your offers.');

    const bad = await agent.submit(
      '/my/notifications',
      { email: 'not an address' },
      '/my/notifications/contacts',
    );
    expect(bad.status).toBe(400);
    expect(fieldError(bad.text, 'email')).toBe(
      'Enter an email address in the correct format, like name@example.com',
    );
    const added = await agent.submit(
      '/my/notifications',
      { email: 'Rota@Wreake.example' },
      '/my/notifications/contacts',
    );
    expect(added.status).toBe(303);
    const again = await agent.submit(
      '/my/notifications',
      { email: 'rota@wreake.example' },
      '/my/notifications/contacts',
    );
    expect(fieldError(again.text, 'email')).toBe('rota@wreake.example is already an offer contact.');
    const [contact] = await ctx.services.db('provider_contacts').where({ provider_id: providerId });
    expect(contact).toMatchObject({ email: 'rota@wreake.example' });

    const saved = await agent.submit('/my/notifications', {
      'delivery-offer.lost': 'digest',
      'delivery-offer.closing': 'off',
    });
    expect(saved.status).toBe(303);
    const shown = await agent.get('/my/notifications');
    expect(shown.text).toMatch(/name="delivery-offer\.lost" type="radio" value="digest" checked/);
    expect(shown.text).toMatch(/name="delivery-offer\.closing" type="radio" value="off" checked/);
    const prefs = await ctx.services
      .db('notification_preferences')
      .where({ owner_type: 'provider', owner_id: providerId })
      .orderBy('kind');
    expect(prefs.map((p) => [p.kind, p.delivery])).toEqual(
      expect.arrayContaining([
        ['offer.closing', 'off'],
        ['offer.lost', 'digest'],
      ]),
    );

    const removed = await agent.submit(
      '/my/notifications',
      {},
      `/my/notifications/contacts/${contact.id}/remove`,
    );
    expect(removed.status).toBe(303);
    expect(await ctx.services.db('provider_contacts').where({ provider_id: providerId })).toEqual([]);
  });

  it("lets other provider users see the organisation's contacts and endpoints, but not change them", async () => {
    const agent = await ctx.signedIn('provider', providerId);
    const page = textOf((await agent.get('/my/notifications')).text);
    expect(page).toContain("Your organisation's administrators add and remove offer contacts.");
    const refused = await agent.submit(
      '/my/notifications',
      { email: 'mine@elsewhere.example' },
      '/my/notifications/contacts',
    );
    expect(refused.status).toBe(403);
    expect(textOf((await agent.get('/my/webhooks')).text)).toContain(
      "Your organisation's administrators register and remove webhook endpoints.",
    );
    const register = await agent.submit('/my/webhooks', {
      url: 'https://rota.example/x',
      events: 'offer.created',
    });
    expect(register.status).toBe(403);
    expect(await ctx.services.db('provider_contacts').where({ email: 'mine@elsewhere.example' })).toEqual([]);
  });

  it('shows an officer the officers’ messages, and no contacts', async () => {
    const agent = await ctx.signedIn('officer');
    const text = textOf((await agent.get('/my/notifications')).text);
    expect(text).toContain('A package unplaced');
    expect(text).toContain('Care that should have started and has not');
    expect(text).not.toContain('Offer contacts');
    expect(text).not.toContain('weekly coverage digest');
  });

  it('registers a webhook endpoint, shows its secret once, and lists its deliveries', async () => {
    const agent = await ctx.signedIn('provider', providerId, { providerAdmin: true });
    const refused = await agent.submit('/my/webhooks', {
      url: 'http://10.1.2.3/hook',
      events: 'offer.created',
    });
    expect(refused.status).toBe(400);
    expect(fieldError(refused.text, 'url')).toContain('must be an https URL');
    const none = await agent.submit('/my/webhooks', { url: 'https://rota.wreake.example/hcfl' });
    expect(fieldError(none.text, 'events')).toBe('Select at least one event');

    const created = await agent.submit('/my/webhooks', {
      url: 'https://rota.wreake.example/hcfl',
      events: ['offer.created', 'offer.won'],
    });
    expect(created.status).toBe(200);
    expect(heading(created.text)).toBe('Endpoint registered');
    const secret = /id="signing-secret">(whsec_[^<]+)</.exec(created.text)?.[1];
    expect(secret).toBeDefined();
    const list = await agent.get('/my/webhooks');
    expect(list.text).toContain('https://rota.wreake.example/hcfl');
    expect(list.text).not.toContain(secret!);
    const [endpoint] = await ctx.services.db('webhook_endpoints').where({ provider_id: providerId });
    const detail = await agent.get(`/my/webhooks/${endpoint.id}`);
    expect(textOf(detail.text)).toContain('Nothing has been sent to this endpoint yet.');

    const other = await ctx.signedIn('provider', await buildProvider(ctx.services.db));
    expect((await other.get(`/my/webhooks/${endpoint.id}`)).status).toBe(404);
    const removed = await agent.submit(
      `/my/webhooks/${endpoint.id}`,
      {},
      `/my/webhooks/${endpoint.id}/remove`,
    );
    expect(removed.status).toBe(303);
    expect((await agent.get(`/my/webhooks/${endpoint.id}`)).status).toBe(404);
  });

  it("shows the admin every message, each message's text, and re-sends a dead letter", async () => {
    const db = ctx.services.db;
    const now = ctx.clock.now();
    const payload = {
      packageId: 7,
      zone: { id: 'melton', name: 'Melton' },
      band: 'rural',
      weeklyMinutes: 420,
      visitsPerWeek: 7,
      careType: 'core',
      urgency: 'standard',
      needs: { carerGender: 'any', languages: [], twoCarers: false, specialisms: [], support: [] },
      wantedStart: '2026-01-12',
      windowEndsAt: now,
    };
    const [row] = await db('outbox_messages')
      .insert({
        channel: 'email',
        recipient: 'offers@melton.example',
        kind: 'offer.created',
        provider_id: providerId,
        subject_id: 41,
        urgent: false,
        payload_json: JSON.stringify(payload),
        idempotency_key: 'offer.created:c:41:1',
        status: 'dead',
        attempts: 9,
        next_attempt_at: now,
        last_error: 'relay refused',
        created_at: now,
      })
      .returning('id');
    const id = (row as { id: number }).id;
    const admin = await ctx.signedIn('admin');
    const list = await admin.get('/admin/outbox?status=dead');
    expect(list.status).toBe(200);
    expect(textOf(list.text)).toContain('offers@melton.example');
    expect(textOf(list.text)).toContain('No mail service is configured');
    const message = await admin.get(`/admin/outbox/${id}`);
    expect(heading(message.text)).toBe('New offer: Melton, 7 hours a week');
    expect(textOf(message.text)).toContain('Hours: 7 hours a week, 7 visits a week');
    const resent = await admin.submit(`/admin/outbox/${id}`, {}, `/admin/outbox/${id}/resend`);
    expect(resent.status).toBe(303);
    expect(await db('outbox_messages').where({ id }).first('status')).toEqual({ status: 'pending' });
    expect((await (await ctx.signedIn('officer')).get('/admin/outbox')).status).toBe(403);
  });
});
