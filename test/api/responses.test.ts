import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import type { Role } from '../../src/auth/roles';
import { successStatus, type AnyRoute, type SuccessResponse } from '../../src/http/route';
import { fanOutDue } from '../../src/notifications/outbox/events';
import { insertFlag } from '../../src/performance/reviews/queries';
import { buildRoutes } from '../../src/routes';
import { GEO_DIR } from '../../src/zones/locator';
import { createTestContext, type TestContext } from '../helpers/context';
import { intakeAs, offerFor, PLACES, providerInZone, seedReference } from '../helpers/brokerage';
import { SUCCESS_CALLS, type Seen, type WalkCall, type WalkFixtures } from './success-walk';

/**
 * Every route's real success answer against its documented schema: one walk through the route
 * table (success-walk.ts says how to call each route), checking the status, the media type, the
 * body against the zod schema the document is generated from, and that the body has no member the
 * schema does not name (a zod object drops unknown keys, so the parsed body must equal the answer).
 */
const key = (route: AnyRoute) => `${route.method.toUpperCase()} ${route.path}`;
const auth = (token: string) => ({ Authorization: `Bearer ${token}` });

/** Paths of members of `answer` that the schema's parse dropped: answered, but not documented. */
function undocumented(answer: unknown, parsed: unknown, at = 'body'): string[] {
  if (Array.isArray(answer) && Array.isArray(parsed))
    return answer.flatMap((item, i) => undocumented(item, parsed[i], `${at}[${i}]`));
  if (answer === null || typeof answer !== 'object' || parsed === null || typeof parsed !== 'object')
    return [];
  return Object.entries(answer).flatMap(([k, v]) =>
    k in parsed ? undocumented(v, (parsed as Record<string, unknown>)[k], `${at}.${k}`) : [`${at}.${k}`],
  );
}

/** The schema of each media type the route documents for its success. */
function documentedContent(route: AnyRoute): Record<string, z.ZodType> {
  const spec = route.responses[successStatus(route) as 200 | 201] as SuccessResponse | undefined;
  if (!spec?.schema) return {};
  return { [spec.contentType ?? 'application/json']: spec.schema, ...spec.alternatives };
}

interface Answer {
  status: number;
  type: string;
  text: string;
}

/** What is wrong with a success answer, measured against the route's declaration. */
function problemsWith(route: AnyRoute, res: Answer): string[] {
  const expected = successStatus(route);
  if (res.status !== expected)
    return [`answered ${res.status}, documented ${expected}: ${res.text.slice(0, 300)}`];
  if (expected === 204) return res.text === '' ? [] : ['a 204 with a body'];
  const schema = documentedContent(route)[res.type];
  if (!schema) return [`answered ${res.type}, not a documented media type`];
  const body: unknown = res.type === 'text/csv' ? res.text : JSON.parse(res.text);
  const parsed = schema.safeParse(body);
  if (!parsed.success)
    return parsed.error.issues.slice(0, 5).map((i) => `${['body', ...i.path].join('.')}: ${i.message}`);
  return undocumented(body, parsed.data).map((p) => `${p}: not in the documented schema`);
}

describe('every route answers with its documented success schema', () => {
  let ctx: TestContext;
  let routes: AnyRoute[];
  let fixtures: WalkFixtures;
  const tokens = {} as Record<Role, string>;

  beforeAll(async () => {
    ctx = await createTestContext();
    await seedReference(ctx);
    routes = buildRoutes(ctx.services);
    for (const role of ['officer', 'commissioner', 'admin'] as const) tokens[role] = await ctx.tokenFor(role);
    fixtures = await buildFixtures();
  });
  afterAll(() => ctx.destroy());

  async function buildFixtures(): Promise<WalkFixtures> {
    const provider = await providerInZone(ctx, 'charnwood-north', 'prime');
    tokens.provider = provider.token;
    const supplementary = await providerInZone(ctx, 'charnwood-north', 'supplementary');
    const webhookId = await contactAndWebhook(provider);
    const intake = (overrides = {}) => intakeAs(ctx, tokens.officer, overrides);
    const offerOf = async (packageId: number) => (await offerFor(ctx, provider, packageId))!.id;
    const award = async (packageId: number) => {
      const res = await ctx.request
        .post(`/offers/${await offerOf(packageId)}/accept`)
        .set(auth(provider.token))
        .send({});
      expect(res.body.status).toBe('won');
    };
    const awarded = (await intake()).id;
    await award(awarded);
    const active = await intake();
    await award(active.id);
    const started = await ctx.request
      .post(`/packages/${active.id}/start`)
      .set(auth(provider.token))
      .send({ startedOn: '2026-01-05' });
    expect(started.status).toBe(200);
    const unplaced = await intake({ location: PLACES.hallaton });
    expect(unplaced.status).toBe('unplaced');
    return {
      provider,
      supplementary,
      packages: {
        awarded,
        active: { id: active.id, reference: active.reference },
        toAccept: { offerId: await offerOf((await intake()).id) },
        toDecline: { offerId: await offerOf((await intake()).id) },
        unplaced: unplaced.id,
        unplacedVersion: unplaced.version,
      },
      flags: {
        promotion: await flag(supplementary.id, 'promotion'),
        demotion: await flag(provider.id, 'demotion'),
      },
      areaLayer: JSON.parse(fs.readFileSync(path.join(GEO_DIR, 'areas.geojson'), 'utf8')),
      outbox: await outboxOf(webhookId),
    };
  }

  /** An offer contact and a webhook endpoint, so that the provider's offers have messages. */
  async function contactAndWebhook(provider: { id: number; token: string }): Promise<number> {
    const as = auth(provider.token);
    await ctx.request
      .post(`/providers/${provider.id}/contacts`)
      .set(as)
      .send({ email: 'offers@walk.example' });
    const webhook = await ctx.request
      .post('/webhooks')
      .set(as)
      .send({ url: 'http://127.0.0.1:9/walk', events: ['offer.created'] });
    expect(webhook.status).toBe(201);
    return Number(webhook.body.id);
  }

  /** An email and a webhook delivery in the outbox, once the intakes' events are fanned out. */
  async function outboxOf(webhookId: number): Promise<WalkFixtures['outbox']> {
    await fanOutDue(ctx.services.db, ctx.clock.now());
    const message = await ctx.services.db('outbox_messages').where({ channel: 'email' }).first('id');
    const delivery = await ctx.services.db('outbox_messages').where({ endpoint_id: webhookId }).first('id');
    return { messageId: Number(message.id), webhookId, deliveryId: Number(delivery.id) };
  }

  /** A review flag as the review run raises them (src/performance/reviews/run.ts). */
  async function flag(providerId: number, kind: 'promotion' | 'demotion'): Promise<number> {
    const [fromRole, toRole] =
      kind === 'promotion' ? (['supplementary', 'prime'] as const) : (['prime', 'supplementary'] as const);
    const months = ['2025-10', '2025-11', '2025-12'].map((month) => ({
      month,
      meanScore: kind === 'promotion' ? 82 : 31,
      snapshots: 4,
      ...(kind === 'promotion' ? { primeMedian: 70 } : { threshold: 50 }),
    }));
    const coverage =
      kind === 'demotion' ? { minPrimes: 2, activePrimes: 1, primesAfter: 0, belowMinPrimes: true } : null;
    const evidence = { rule: `${kind} rule`, months, latestSnapshot: null, coverage };
    const id = await insertFlag(ctx.services.db, {
      provider_id: providerId,
      zone_id: 'charnwood-north',
      kind,
      from_role: fromRole,
      to_role: toRole,
      review_month: '2025-12',
      period_from: '2025-10-01',
      period_to: '2025-12-31',
      evidence_json: JSON.stringify(evidence),
      below_min_primes: coverage?.belowMinPrimes ?? false,
      status: 'open',
      raised_at: ctx.clock.now(),
    });
    return id!;
  }

  async function send(route: AnyRoute, call: WalkCall): Promise<Answer> {
    const url = route.path.replace(/:([A-Za-z_]+)/g, (_m, name: string) =>
      encodeURIComponent(String(call.params?.[name])),
    );
    const req = ctx.request[route.method](url);
    if (call.as !== 'anonymous') req.set(auth(tokens[call.as]));
    if (call.query) req.query(call.query);
    if (call.accept) req.set('Accept', call.accept);
    // Bodies arrive as text, whatever the media type, so that each is parsed as documented.
    req.buffer(true).parse((res, done) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => done(null, text));
    });
    if (call.csv !== undefined) req.set('Content-Type', 'text/csv');
    const res = await (route.request.body ? req.send(call.csv ?? call.body ?? {}) : req);
    const type = String(res.headers['content-type'] ?? '')
      .split(';')[0]!
      .trim();
    return { status: res.status, type, text: res.body as string };
  }

  it('has a successful call for every route, and none for a route that does not exist', () => {
    const keys = routes.map(key);
    expect(
      keys.filter((k) => !SUCCESS_CALLS[k]),
      'add these routes to success-walk.ts',
    ).toEqual([]);
    expect(Object.keys(SUCCESS_CALLS).filter((k) => !keys.includes(k))).toEqual([]);
  });

  it('answers each call with its documented status, media type and schema', async () => {
    const byKey = new Map(routes.map((r) => [key(r), r]));
    const failures: string[] = [];
    const mediaTypesSeen = new Set<string>();
    const seen: Seen = {};
    for (const [name, callsFor] of Object.entries(SUCCESS_CALLS)) {
      const route = byKey.get(name);
      if (!route) continue;
      for (const call of [callsFor(fixtures, seen)].flat()) {
        const res = await send(route, call);
        mediaTypesSeen.add(`${name} ${res.type}`);
        failures.push(...problemsWith(route, res).map((p) => `${name} as ${call.as}: ${p}`));
        if (res.type === 'application/json' && !(name in seen)) seen[name] = JSON.parse(res.text);
      }
    }
    expect(failures).toEqual([]);
    // Every media type a route documents was answered (and so checked) at least once.
    const unchecked = routes.flatMap((route) =>
      Object.keys(documentedContent(route))
        .map((type) => `${key(route)} ${type}`)
        .filter((k) => !mediaTypesSeen.has(k)),
    );
    expect(unchecked).toEqual([]);
  });
});
