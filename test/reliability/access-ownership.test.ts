import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES } from '../../src/auth/roles';
import type { AnyRoute } from '../../src/http/route';
import { buildRoutes } from '../../src/routes';
import { fanOutDue } from '../../src/notifications/outbox/events';
import { createTestContext, type TestContext } from '../helpers/context';
import { buildUserWithToken } from '../factories';
import { PLACES, intakeAs, providerInZone, seedReference } from '../helpers/brokerage';
import { installChangeLog, type ChangeLog } from './change-log';
import { OWNERSHIP, type Owned, type Ownership, type RequestParts } from './ownership-table';

/**
 * The own/other dimension of the access matrix (test/api/access-matrix.test.ts walks 401/403):
 * two providers, each with a user, offers, an awarded package, capacity, evidence and scores; every
 * provider-reachable route in the route table is called by each provider for the other's resources
 * (404, like a missing id, and no change in the database) and for its own (let through), and every
 * list is checked for the other's items. Zero leaks is the only pass.
 */
const key = (route: AnyRoute) => `${route.method.toUpperCase()} ${route.path}`;
const providerReachable = (route: AnyRoute) =>
  'public' in route.access || route.access.roles.includes('provider');
const MISSING_ID = 2_147_483_646;
const STAFF = ROLES.filter((r) => r !== 'provider');

describe('access matrix: own and other provider', () => {
  let ctx: TestContext;
  let routes: AnyRoute[];
  let changes: ChangeLog;
  const tokens: Record<string, string> = {};
  const owned: Record<'A' | 'B', Owned> = {} as never;
  const calls = { cross: 0, own: 0, lists: 0, staff: 0 };

  beforeAll(async () => {
    ctx = await createTestContext();
    await seedReference(ctx);
    routes = buildRoutes(ctx.services);
    for (const role of STAFF) tokens[role] = await ctx.tokenFor(role);
    // The first admission round (id 1, which the ownership table's shared application names), for
    // each provider's application below.
    const round = await ctx.request
      .post('/admission/rounds')
      .set(auth(tokens.commissioner!))
      .send({
        kind: 'standing',
        title: 'Melton, and CHC approval',
        zoneIds: ['melton'],
        roles: ['supplementary'],
        chcApproval: true,
        qualityThreshold: 60,
      });
    expect(round.body.id).toBe(1);
    const zones = {
      A: { zone: 'hinckley', place: PLACES.hinckley },
      B: { zone: 'charnwood-north', place: PLACES.loughborough },
    };
    for (const who of ['A', 'B'] as const) {
      const provider = await providerInZone(ctx, zones[who].zone, 'prime');
      // Each provider acts through an administrator of its organisation, who may reach every provider route.
      const admin = await buildUserWithToken(
        ctx.services.db,
        { role: 'provider', providerId: provider.id, providerAdmin: true },
        ctx.clock.now(),
      );
      tokens[who] = admin.token;
      owned[who] = {
        ...(await ownedFixture(provider.id, admin.token, zones[who].zone, zones[who].place)),
        userId: admin.id,
      };
    }
    // Scores and KPIs for both, so that score routes answer with data.
    expect((await ctx.request.post('/scores/recompute').set(auth(tokens.admin!))).status).toBe(201);
    changes = await installChangeLog(ctx.database);
  });
  afterAll(() => ctx.destroy());

  const auth = (token: string) => ({ Authorization: `Bearer ${token}` });

  async function ownedFixture(
    providerId: number,
    token: string,
    zoneId: string,
    place: object,
  ): Promise<Omit<Owned, 'userId'>> {
    const intake = () => intakeAs(ctx, tokens.officer!, { location: place });
    // An offer contact and a webhook endpoint first, so that the intakes below write deliveries to it.
    const contact = await ctx.request
      .post(`/providers/${providerId}/contacts`)
      .set(auth(token))
      .send({ email: `offers-${providerId}@contacts.example` });
    expect(contact.status).toBe(201);
    const webhook = await ctx.request
      .post('/webhooks')
      .set(auth(token))
      .send({ url: 'https://hooks.example/hcfl', events: ['offer.created'] });
    expect(webhook.status).toBe(201);
    const offerOf = async (packageId: number) =>
      (await ctx.services.db('offers').where({ package_id: packageId, provider_id: providerId }).first('id'))
        .id as number;
    const awarded = await intake();
    const wonOffer = await offerOf(awarded.id);
    expect((await ctx.request.post(`/offers/${wonOffer}/accept`).set(auth(token)).send({})).body.status).toBe(
      'won',
    );
    const pending = await intake();
    const evidence = await ctx.request
      .post(`/providers/${providerId}/quality-evidence`)
      .set(auth(tokens.officer!))
      .send({
        kind: 'monitoring-visit',
        occurredOn: '2026-01-02',
        score: 70,
        rag: 'green',
        reference: awarded.reference,
      });
    expect(evidence.status).toBe(201);
    const provider = await ctx.services.db('providers').where({ id: providerId }).first('name');
    const application = await ctx.request
      .post('/admission/applications')
      .set(auth(token))
      .send({ roundId: 1, role: 'supplementary', zoneId: 'melton', statement: 'Carers in Melton Mowbray.' });
    expect(application.status).toBe(201);
    // The webhook delivery exists once the intake's event is fanned out, as the delivery worker does.
    await fanOutDue(ctx.services.db, Date.now());
    return {
      providerId,
      providerName: provider.name as string,
      zoneId,
      awardedPackage: awarded.id,
      wonOffer,
      pendingPackage: pending.id,
      pendingOffer: await offerOf(pending.id),
      references: [awarded.reference, pending.reference],
      evidenceId: evidence.body.id as number,
      applicationId: application.body.id as number,
      contactId: contact.body.id as number,
      webhookId: webhook.body.id as number,
      deliveryId: Number(
        (await ctx.services.db('outbox_messages').where({ endpoint_id: webhook.body.id }).first('id')).id,
      ),
    };
  }

  const send = (route: AnyRoute, token: string, parts: RequestParts) => {
    const path = route.path.replace(/:([A-Za-z_]+)/g, (_m, name: string) => {
      const value = parts.params?.[name];
      if (value === undefined)
        throw new Error(`${key(route)}: the ownership table gives no value for :${name}`);
      return encodeURIComponent(String(value));
    });
    const req = ctx.request[route.method](path).set(auth(token));
    if (parts.query) req.query(parts.query);
    if (route.bodyMediaType === 'text/csv') return req.set('Content-Type', 'text/csv').send(parts.csv ?? '');
    return route.request.body ? req.send(parts.body ?? {}) : req;
  };
  /** The same request with every numeric id replaced by one that exists nowhere. */
  const missing = (parts: RequestParts): RequestParts => {
    const swap = (o?: Record<string, number | string>) =>
      o && Object.fromEntries(Object.entries(o).map(([k, v]) => [k, typeof v === 'number' ? MISSING_ID : v]));
    return { ...parts, params: swap(parts.params), query: swap(parts.query) };
  };
  const leaksIn = (text: string, other: Owned) =>
    [other.providerName, ...other.references].filter((marker) => text.includes(marker));
  /** Declared provider-reachable routes (the first test fails on undeclared ones). */
  const entries = () =>
    routes
      .filter((route) => providerReachable(route) && OWNERSHIP[key(route)])
      .map((route) => ({ route, entry: OWNERSHIP[key(route)] as Ownership }));

  it('declares the ownership of every route a provider can reach, and nothing else', () => {
    const reachable = routes.filter(providerReachable).map(key);
    const undeclared = reachable.filter((k) => !OWNERSHIP[k]);
    expect(undeclared, 'declare these routes in test/reliability/ownership-table.ts').toEqual([]);
    const stale = Object.keys(OWNERSHIP).filter((k) => !reachable.includes(k));
    expect(stale, 'not provider-reachable routes any more: update ownership-table.ts').toEqual([]);
    // A route with path parameters must say how to fill them: with an owned resource, or a shared one.
    const unfilled = routes
      .filter((r) => providerReachable(r) && r.path.includes(':'))
      .filter((r) => {
        const entry = OWNERSHIP[key(r)];
        return !entry || ('shared' in entry ? !entry.request?.params : !entry.owned);
      });
    expect(unfilled.map(key)).toEqual([]);
  });

  it("answers each provider's requests for the other's resources as not found, changing nothing", async () => {
    const failures: string[] = [];
    for (const [me, other] of [
      ['A', 'B'],
      ['B', 'A'],
    ] as const) {
      for (const { route, entry } of entries()) {
        const name = `${key(route)} as provider ${me}`;
        if ('shared' in entry) {
          const res = await send(route, tokens[me]!, entry.request ?? {});
          if (res.status < 200 || res.status > 299) failures.push(`${name} (shared): ${res.status}`);
          failures.push(...leaksIn(res.text, owned[other]).map((m) => `${name}: shows ${m}`));
          continue;
        }
        if (entry.owned) {
          calls.cross += 1;
          const mark = await changes.mark();
          const res = await send(route, tokens[me]!, entry.owned(owned[other]));
          const changed = await changes.since(mark);
          if (res.status !== 404)
            failures.push(`${name} for ${other}'s resource: ${res.status}, expected 404`);
          if (changed.length > 0) failures.push(`${name}: changed the database: ${changed.join('; ')}`);
          failures.push(...leaksIn(res.text, owned[other]).map((m) => `${name}: shows ${m}`));
          const absent = await send(route, tokens[me]!, missing(entry.owned(owned[other])));
          if (absent.status !== res.status || absent.body.type !== res.body.type) {
            failures.push(
              `${name}: another's resource (${res.status} ${res.body.type}) is distinguishable from a missing one (${absent.status} ${absent.body.type})`,
            );
          }
        }
        for (const list of [entry.list ?? []].flat()) {
          calls.lists += 1;
          const res = await send(route, tokens[me]!, list.request ?? {});
          if (res.status !== 200) {
            failures.push(`${name} (list): ${res.status}`);
            continue;
          }
          if (list.items && list.own) {
            const items = list.items(res.body);
            const foreign = list.own(owned[other]).filter((id) => items.includes(id));
            const mine = list.own(owned[me]).filter((id) => !items.includes(id));
            if (foreign.length > 0) failures.push(`${name}: lists the other's ${foreign.join(', ')}`);
            if (mine.length > 0)
              failures.push(`${name}: does not list its own ${mine.join(', ')} (a vacuous check)`);
          }
          if (list.namesCaller && !res.text.includes(owned[me].providerName))
            failures.push(`${name}: does not name the caller`);
          failures.push(...leaksIn(res.text, owned[other]).map((m) => `${name}: shows ${m}`));
        }
      }
    }
    expect(failures).toEqual([]);
  });

  it('never shows a provider the person behind an offer it has not won', async () => {
    const res = await ctx.request.get('/offers').set(auth(tokens.A!));
    expect(res.status).toBe(200);
    expect(res.text).not.toContain(owned.A.references[1]);
  });

  it('answers staff alike for either provider: staff are council-wide', async () => {
    const failures: string[] = [];
    for (const { route, entry } of entries()) {
      if (route.method !== 'get' || 'shared' in entry || !entry.owned || 'public' in route.access) continue;
      for (const role of STAFF.filter((r) =>
        (route.access as { roles: readonly string[] }).roles.includes(r),
      )) {
        calls.staff += 2;
        const [a, b] = [
          await send(route, tokens[role]!, entry.owned(owned.A)),
          await send(route, tokens[role]!, entry.owned(owned.B)),
        ];
        if (a.status !== 200 || b.status !== 200)
          failures.push(`${key(route)} as ${role}: ${a.status} for A, ${b.status} for B`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('lets each provider through to its own resources (reads first, then writes)', async () => {
    const failures: string[] = [];
    const ordered = entries().sort(
      (x, y) => Number(x.route.method !== 'get') - Number(y.route.method !== 'get'),
    );
    for (const { route, entry } of ordered) {
      if ('shared' in entry || !entry.owned) continue;
      for (const me of ['A', 'B'] as const) {
        calls.own += 1;
        const res = await send(route, tokens[me]!, entry.owned(owned[me]));
        if (res.status === 404 || res.status >= 500) {
          failures.push(
            `${key(route)} as ${me} for its own resource: ${res.status} ${res.body.detail ?? ''}`,
          );
        }
      }
    }
    expect(failures).toEqual([]);
    console.info(
      `[reliability] ownership: ${entries().length} provider-reachable routes; ${calls.cross} cross-provider calls, ${calls.lists} list checks, ${calls.own} own calls, ${calls.staff} staff calls`,
    );
  });
});
