import dns from 'node:dns/promises';
import os from 'node:os';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { webhookSender } from '../../src/webhooks/send';
import { isPrivateAddress } from '../../src/webhooks/url-policy';
import { charnwoodPrimes, type TestProvider } from '../helpers/brokerage';
import { notificationCase, outboxRows, staffWithEmail, type NotificationCase } from './fixtures';
import { startHttpSink, type HttpSink } from './servers';

const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
const HOUR = 3_600_000;

async function register(c: NotificationCase, provider: TestProvider, body: object) {
  return c.ctx.request.post('/webhooks').set(bearer(provider.token)).send(body);
}

describe('webhooks for providers’ own systems', () => {
  let receiver: HttpSink;
  beforeAll(async () => {
    receiver = await startHttpSink();
  });
  afterAll(() => receiver.close());

  it('delivers offer.created signed so that the standardwebhooks verifier accepts it, with ids, links and no personal data', async () => {
    receiver.requests.length = 0;
    receiver.respond = () => ({ status: 204 });
    const c = await notificationCase();
    const [prime] = await charnwoodPrimes(c.ctx);
    const created = await register(c, prime!, {
      url: `${receiver.url}/hooks/hcfl`,
      events: ['offer.created', 'offer.won'],
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body.secret).toMatch(/^whsec_[A-Za-z0-9+/]+=*$/);
    const listed = await c.ctx.request.get('/webhooks').set(bearer(prime!.token));
    expect(listed.body.webhooks).toEqual([
      expect.objectContaining({ id: created.body.id, events: ['offer.created', 'offer.won'] }),
    ]);
    expect(listed.text).not.toContain(created.body.secret);

    const reference = 'SU-HOOK-PRIVATE';
    const pkg = await c.intake({ reference });
    expect(await c.ctx.services.outbox.deliverDue(c.ctx.clock.now())).toEqual({
      sent: 1,
      retrying: 0,
      dead: 0,
    });
    const [request] = receiver.requests;
    expect(request).toMatchObject({ method: 'POST', path: '/hooks/hcfl' });
    const verified = new Webhook(created.body.secret).verify(
      request!.body,
      request!.headers as Record<string, string>,
    ) as {
      type: string;
      data: Record<string, unknown>;
    };
    const offer = await c.db('offers').where({ package_id: pkg.id, provider_id: prime!.id }).first('id');
    expect(verified).toMatchObject({
      type: 'offer.created',
      data: {
        offerId: offer.id,
        packageId: pkg.id,
        zone: { id: 'charnwood-north', name: 'Charnwood North' },
        weeklyHours: 10,
        visitsPerWeek: 14,
        fundingStream: 'council',
        careType: 'core',
        urgency: 'standard',
        links: { accept: `http://localhost:3000/offers/${offer.id}/accept` },
      },
    });
    expect(request!.headers['webhook-id']).toBe(`offer.created:w:${offer.id}:${created.body.id}`);
    expect(request!.headers['webhook-signature']).toMatch(/^v1,[A-Za-z0-9+/]+=*$/);
    expect(request!.body).not.toContain(reference);
    expect(request!.body).not.toMatch(/52\.76|lat|lon|postcode/);
    // A body changed in transit fails verification.
    expect(() =>
      new Webhook(created.body.secret).verify(
        request!.body.replace('standard', 'urgent'),
        request!.headers as Record<string, string>,
      ),
    ).toThrow();
  });

  it('retries a receiver that answers 500, logs each attempt, and replays a delivery with the same webhook-id', async () => {
    receiver.requests.length = 0;
    receiver.respond = () => ({ status: 500, body: { error: 'down' } });
    const c = await notificationCase();
    const [prime] = await charnwoodPrimes(c.ctx);
    const hook = (await register(c, prime!, { url: `${receiver.url}/flaky`, events: ['offer.created'] }))
      .body;
    await c.intake();
    const outbox = c.ctx.services.outbox;
    expect(await outbox.deliverDue(c.ctx.clock.now())).toEqual({ sent: 0, retrying: 1, dead: 0 });
    const log = await c.ctx.request.get(`/webhooks/${hook.id}/deliveries`).set(bearer(prime!.token));
    expect(log.status).toBe(200);
    const [delivery] = log.body.deliveries;
    expect(delivery).toMatchObject({
      event: 'offer.created',
      status: 'pending',
      attempts: 1,
      lastAttempt: { outcome: 'failed', responseStatus: 500 },
    });
    expect(delivery.lastAttempt.latencyMs).toBeGreaterThanOrEqual(0);

    receiver.respond = () => ({ status: 200 });
    c.ctx.clock.advance(60_000);
    expect(await outbox.deliverDue(c.ctx.clock.now())).toEqual({ sent: 1, retrying: 0, dead: 0 });
    expect(receiver.requests).toHaveLength(2);
    expect(receiver.requests[0]!.headers['webhook-id']).toBe(receiver.requests[1]!.headers['webhook-id']);

    const replay = await c.ctx.request
      .post(`/webhooks/${hook.id}/deliveries/${delivery.id}/replay`)
      .set(bearer(prime!.token))
      .send({});
    expect(replay.status, JSON.stringify(replay.body)).toBe(202);
    await outbox.deliverDue(c.ctx.clock.now());
    expect(receiver.requests).toHaveLength(3);
    expect(receiver.requests[2]!.headers['webhook-id']).toBe(delivery.webhookId);
    const after = (await c.ctx.request.get(`/webhooks/${hook.id}/deliveries`).set(bearer(prime!.token))).body
      .deliveries[0];
    expect(after).toMatchObject({
      status: 'sent',
      attempts: 3,
      lastAttempt: { outcome: 'sent', responseStatus: 200 },
    });
  });

  it('disables an endpoint failing for a day and tells its provider’s users by email', async () => {
    receiver.respond = () => ({ status: 503 });
    const c = await notificationCase();
    const [prime] = await charnwoodPrimes(c.ctx);
    const user = await staffWithEmail(c.db, 'provider', prime!.id);
    const hook = (await register(c, prime!, { url: `${receiver.url}/gone`, events: ['offer.created'] })).body;
    for (let i = 0; i < 4; i += 1) await c.intake();
    for (let hours = 0; hours <= 25; hours += 1) {
      await c.ctx.services.outbox.deliverDue(c.ctx.clock.now());
      c.ctx.clock.advance(HOUR);
    }
    const listed = (await c.ctx.request.get('/webhooks').set(bearer(prime!.token))).body.webhooks[0];
    expect(listed).toMatchObject({ id: hook.id, status: 'disabled' });
    const told = await outboxRows(c.db, { kind: 'webhook.disabled' });
    expect(told.map((m) => m.recipient)).toEqual([user.email]);
    // Nothing more is sent to it: its waiting deliveries become dead letters.
    expect((await outboxRows(c.db, { channel: 'webhook' })).every((m) => m.status === 'dead')).toBe(true);
    expect(await c.db('audit_events').where({ action: 'webhook.disable' })).toHaveLength(1);
  });

  it('refuses endpoints that would reach the service’s own network (400 naming the url), and https only in production', async () => {
    const c = await notificationCase();
    const [prime] = await charnwoodPrimes(c.ctx);
    for (const url of [
      'http://10.0.0.5/hook',
      'https://192.168.1.1/',
      'https://169.254.169.254/latest',
      'http://example.org/',
      'ftp://x',
      'https://u:p@example.org/',
    ]) {
      const res = await register(c, prime!, { url, events: ['offer.created'] });
      expect(res.status, url).toBe(400);
      expect(res.body.errors[0].path, url).toBe('body.url');
    }
    expect((await register(c, prime!, { url: 'https://example.org/', events: ['nope'] })).status).toBe(400);
    expect((await register(c, prime!, { url: 'https://example.org/', events: [] })).status).toBe(400);

    const production = webhookSender({ production: true, timeoutMs: 1_000, maxResponseBytes: 1_000 });
    const refused = await production.post({
      url: `${receiver.url}/x`,
      secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
      messageId: 'm',
      body: '{}',
    });
    expect(refused).toMatchObject({ ok: false, permanent: true, error: 'URL must be an https URL' });
    // A name that resolves to a private or loopback address is refused after DNS, by the filtering agent.
    const name = os.hostname();
    const address = await dns.lookup(name).then(
      (a) => a.address,
      () => null,
    );
    if (address && isPrivateAddress(address)) {
      const afterDns = await production.post({
        url: `https://${name}:1/`,
        secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
        messageId: 'm',
        body: '{}',
      });
      expect(afterDns).toMatchObject({ ok: false });
      if (!afterDns.ok) expect(afterDns.error).toMatch(/not allowed/);
    }
  });

  it('gives up on a receiver that does not answer in time', async () => {
    const slow = await startHttpSink();
    slow.respond = () => ({ status: 200 });
    const sender = webhookSender({ production: false, timeoutMs: 200, maxResponseBytes: 10 });
    const hang = await import('node:http');
    const server = hang.createServer(() => undefined);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as { port: number }).port;
    const outcome = await sender.post({
      url: `http://127.0.0.1:${port}/`,
      secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
      messageId: 'm',
      body: '{}',
    });
    expect(outcome).toMatchObject({ ok: false, permanent: false, error: 'no answer within 200 ms' });
    server.closeAllConnections();
    server.close();
    await slow.close();
  });
});
