import { createHmac, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { charnwoodPrimes } from '../helpers/brokerage';
import { contactOf, notificationCase, outboxRows } from './fixtures';
import { startHttpSink, type HttpSink, type ReceivedRequest } from './servers';

const SERVICE_ID = randomUUID();
const SECRET = randomUUID();
const TEMPLATE_ID = randomUUID();
const OFFER_TEMPLATE_ID = randomUUID();
const API_KEY = `hcfl_test-${SERVICE_ID}-${SECRET}`;

const base64url = (text: string) => Buffer.from(text, 'base64url').toString('utf8');

/**
 * What GOV.UK Notify checks of a request (its documented API): POST /v2/notifications/email, an
 * `Authorization: Bearer` JWT signed HS256 with the API key's secret, whose `iss` is the service id
 * and whose `iat` is within 30 seconds of now, and a JSON body with template_id and email_address.
 * Answers as Notify does: 201 with the notification, or 403/400 with its error document.
 */
function notifyAnswer(request: ReceivedRequest): { status: number; body?: unknown } {
  const problems: string[] = [];
  if (request.method !== 'POST' || request.path !== '/v2/notifications/email') problems.push('endpoint');
  const token = /^Bearer (.+)$/.exec(String(request.headers.authorization ?? ''))?.[1] ?? '';
  const [header = '', claims = '', signature = ''] = token.split('.');
  const expected = createHmac('sha256', SECRET).update(`${header}.${claims}`).digest('base64url');
  if (signature !== expected) problems.push('signature');
  const head = JSON.parse(base64url(header) || '{}') as { alg?: string; typ?: string };
  const payload = JSON.parse(base64url(claims) || '{}') as { iss?: string; iat?: number };
  if (head.alg !== 'HS256' || head.typ !== 'JWT') problems.push('header');
  if (payload.iss !== SERVICE_ID) problems.push('iss');
  if (typeof payload.iat !== 'number' || Math.abs(payload.iat - Date.now() / 1000) > 30) problems.push('iat');
  if (problems.length > 0)
    return {
      status: 403,
      body: { status_code: 403, errors: [{ error: 'AuthError', message: problems.join(', ') }] },
    };
  const body = JSON.parse(request.body) as Record<string, unknown>;
  if (typeof body.template_id !== 'string' || typeof body.email_address !== 'string')
    return {
      status: 400,
      body: { status_code: 400, errors: [{ error: 'BadRequestError', message: 'missing' }] },
    };
  return {
    status: 201,
    body: {
      id: randomUUID(),
      reference: body.reference ?? null,
      content: { subject: 'x', body: 'x', from_email: 'hcfl@notifications.service.gov.uk' },
      uri: 'https://api.notifications.service.gov.uk/v2/notifications/x',
      template: {
        id: body.template_id,
        version: 1,
        uri: 'https://api.notifications.service.gov.uk/v2/templates/x',
      },
    },
  };
}

describe('email through GOV.UK Notify', () => {
  let notify: HttpSink;
  beforeAll(async () => {
    notify = await startHttpSink();
  });
  afterAll(() => notify.close());

  const env = () => ({
    NOTIFY_API_KEY: API_KEY,
    NOTIFY_BASE_URL: notify.url,
    NOTIFY_TEMPLATE_ID: TEMPLATE_ID,
    NOTIFY_TEMPLATES: `offer.created=${OFFER_TEMPLATE_ID}`,
  });

  it("sends each message as Notify's API expects: its endpoint, a JWT from the API key, the kind's template and personalisation", async () => {
    notify.requests.length = 0;
    notify.respond = notifyAnswer;
    const c = await notificationCase(env());
    const primes = await charnwoodPrimes(c.ctx);
    const contacts = await Promise.all(primes.map((p) => contactOf(c.db, p.id)));
    const pkg = await c.intake({ reference: 'SU-NOTIFY-PRIVATE' });
    expect(await c.ctx.services.outbox.deliverDue(c.ctx.clock.now())).toEqual({
      sent: 3,
      retrying: 0,
      dead: 0,
    });
    expect(notify.requests).toHaveLength(3);
    const keys = (await outboxRows(c.db)).map((m) => m.idempotency_key).sort();
    const bodies = notify.requests.map((r) => JSON.parse(r.body) as Record<string, unknown>);
    expect(bodies.map((b) => b.email_address).sort()).toEqual([...contacts].sort());
    expect(bodies.map((b) => b.reference).sort()).toEqual(keys);
    for (const body of bodies) {
      expect(body.template_id).toBe(OFFER_TEMPLATE_ID);
      expect(body.personalisation).toMatchObject({
        subject: 'New offer: Charnwood North, 10 hours a week',
        zone: 'Charnwood North',
        weekly_hours: '10 hours',
        visits_per_week: '14',
        link: expect.stringMatching(/^http:\/\/localhost:3000\/my\/offers\/\d+$/),
      });
      expect(JSON.stringify(body)).not.toContain('SU-NOTIFY-PRIVATE');
    }
    expect(pkg.id).toBeGreaterThan(0);
  });

  it('retries when Notify is rate-limiting or down, and makes a dead letter of what Notify refuses for good', async () => {
    notify.requests.length = 0;
    notify.respond = () => ({
      status: 429,
      body: { status_code: 429, errors: [{ error: 'RateLimitError', message: 'slow down' }] },
    });
    const c = await notificationCase(env());
    const [prime] = await charnwoodPrimes(c.ctx);
    await contactOf(c.db, prime!.id);
    await c.intake();
    expect(await c.ctx.services.outbox.deliverDue(c.ctx.clock.now())).toEqual({
      sent: 0,
      retrying: 1,
      dead: 0,
    });
    notify.respond = () => ({
      status: 400,
      body: {
        status_code: 400,
        errors: [{ error: 'ValidationError', message: 'email_address Not a valid email address' }],
      },
    });
    c.ctx.clock.advance(60_000);
    expect(await c.ctx.services.outbox.deliverDue(c.ctx.clock.now())).toEqual({
      sent: 0,
      retrying: 0,
      dead: 1,
    });
    const [dead] = await outboxRows(c.db);
    expect(dead).toMatchObject({ status: 'dead', attempts: 2 });
    expect((await c.db('outbox_messages').first('last_error')).last_error).toContain(
      'Not a valid email address',
    );
  });
});
