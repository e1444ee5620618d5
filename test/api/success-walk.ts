/**
 * One request per route of the route table that the route answers with success, in an order that
 * keeps the fixtures valid (a write reads what an earlier call made, through `seen`). The walk in
 * responses.test.ts fails for a route missing here, so whoever adds a route adds its call.
 */
import type { Role } from '../../src/auth/roles';

export interface WalkFixtures {
  /** The only prime of charnwood-north (Loughborough), with a signed-in user. */
  provider: { id: number; token: string };
  /** A supplementary of charnwood-north, flagged for promotion. */
  supplementary: { id: number };
  packages: {
    /** Awarded to `provider`: it starts care, then hands it back. */
    awarded: number;
    /** In care with `provider`: an officer ends it, then its person is erased. */
    active: { id: number; reference: string };
    /** Open offers to `provider`, one to accept and one to decline. */
    toAccept: { offerId: number };
    toDecline: { offerId: number };
    /** Nobody could take it: an officer overrides its band, then widens its search. */
    unplaced: number;
    unplacedVersion: number;
  };
  flags: { promotion: number; demotion: number };
  /** The built area layer (geo/areas.geojson), uploaded again as a new version. */
  areaLayer: object;
  /** An email to `provider`'s offer contact, and a delivery to its webhook endpoint. */
  outbox: { messageId: number; webhookId: number; deliveryId: number };
}

export interface WalkCall {
  as: Role | 'anonymous';
  params?: Record<string, string | number>;
  query?: Record<string, string | number>;
  body?: object;
  /** The media type asked for, for routes that answer in several. */
  accept?: string;
}

/** What earlier calls answered, by route key ('POST /users'). */
export type Seen = Record<string, Record<string, unknown>>;

type CallFor = (f: WalkFixtures, seen: Seen) => WalkCall | WalkCall[];

const idOf = (seen: Seen, key: string) => Number(seen[key]!.id);
const anotherDay = '2027-04-01';

export const SUCCESS_CALLS: Record<string, CallFor> = {
  'GET /health': () => ({ as: 'anonymous' }),
  'GET /me': () => ({ as: 'officer' }),
  'GET /users': () => ({ as: 'admin' }),
  'POST /users': () => ({ as: 'admin', body: { name: 'Walk Officer', role: 'officer' } }),
  'POST /users/:id/tokens': (_f, seen) => ({
    as: 'admin',
    params: { id: Number((seen['POST /users']!.user as { id: number }).id) },
  }),
  'DELETE /users/:id/tokens': (_f, seen) => ({
    as: 'admin',
    params: { id: Number((seen['POST /users']!.user as { id: number }).id) },
  }),
  'POST /users/invitations': () => ({
    as: 'admin',
    body: { name: 'Walk Invitee', email: 'walk.invitee@example.org', role: 'officer' },
  }),
  'PATCH /users/:id': (_f, seen) => ({
    as: 'admin',
    params: { id: Number((seen['POST /users/invitations']!.user as { id: number }).id) },
    body: { role: 'commissioner' },
  }),
  'DELETE /users/:id/sessions': (_f, seen) => ({
    as: 'admin',
    params: { id: Number((seen['POST /users/invitations']!.user as { id: number }).id) },
  }),
  'GET /providers/:id/users': (f) => ({ as: 'admin', params: { id: f.provider.id } }),
  'POST /providers/:id/users': (f) => ({
    as: 'admin',
    params: { id: f.provider.id },
    body: { name: 'Walk Colleague', email: 'walk.colleague@example.org', providerAdmin: true },
  }),

  'POST /scores/recompute': () => ({ as: 'admin' }),
  'GET /scores': () => [{ as: 'commissioner' }, { as: 'officer', query: { zone: 'charnwood-north' } }],
  'GET /providers/:id/score': (f) => ({ as: 'provider', params: { id: f.provider.id } }),
  'GET /providers/:id/score/history': (f) => ({ as: 'officer', params: { id: f.provider.id } }),
  'GET /performance/kpis': () => [
    { as: 'commissioner', query: { groupBy: 'provider,zone,band' } },
    { as: 'provider' },
  ],

  'POST /packages': () => ({
    as: 'officer',
    body: {
      reference: 'SU-WALK-0001',
      location: { postcode: 'LE11 3TU' },
      weeklyHours: 7.5,
      visitsPerWeek: 7,
      careType: 'core',
      urgency: 'standard',
      wantedStart: '2026-01-12',
      needs: { flags: ['two-carers'], language: 'pl' },
    },
  }),
  'GET /packages': () => [{ as: 'officer' }, { as: 'provider' }],
  'GET /packages/:id': (f) => ({ as: 'provider', params: { id: f.packages.awarded } }),
  'PATCH /packages/:id': (_f, seen) => ({
    as: 'officer',
    params: { id: idOf(seen, 'POST /packages') },
    body: { version: Number(seen['POST /packages']!.version), weeklyHours: 8 },
  }),
  'GET /packages/:id/allocation': (f) => ({ as: 'commissioner', params: { id: f.packages.awarded } }),
  'GET /offers': () => ({ as: 'provider' }),
  'POST /offers/:id/accept': (f) => ({
    as: 'provider',
    params: { id: f.packages.toAccept.offerId },
    body: { startDate: '2026-01-14' },
  }),
  'POST /offers/:id/decline': (f) => ({
    as: 'provider',
    params: { id: f.packages.toDecline.offerId },
    body: { reason: 'travel-distance' },
  }),
  'POST /packages/:id/start': (f) => ({
    as: 'provider',
    params: { id: f.packages.awarded },
    body: { startedOn: '2026-01-05' },
  }),
  'POST /packages/:id/hand-back': (f) => ({
    as: 'provider',
    params: { id: f.packages.awarded },
    body: { reason: 'staffing', noticeDate: '2026-02-01' },
  }),
  'POST /packages/:id/end': (f) => ({
    as: 'officer',
    params: { id: f.packages.active.id },
    body: { endedOn: '2026-01-05', reason: 'care no longer needed' },
  }),
  'POST /packages/:id/band-override': (f) => ({
    as: 'officer',
    params: { id: f.packages.unplaced },
    body: {
      version: f.packages.unplacedVersion,
      band: 'isolated',
      reason: 'travel-access',
      comment: 'Ford crossing',
    },
  }),
  'POST /packages/:id/widen': (f) => ({
    as: 'officer',
    params: { id: f.packages.unplaced },
    body: { scope: 'all' },
  }),
  'POST /packages/:id/cancel': (_f, seen) => ({
    as: 'officer',
    params: { id: idOf(seen, 'POST /packages') },
    body: { reason: 'moved out of the county' },
  }),
  'GET /queue': () => ({ as: 'officer' }),
  'POST /brokerage/sweep': () => ({ as: 'admin' }),
  'POST /privacy/erasures': (f) => ({ as: 'admin', body: { reference: f.packages.active.reference } }),
  'GET /audit': () => ({ as: 'admin', query: { entity: 'package', limit: 20 } }),

  'POST /providers/:id/quality-evidence': (f) => ({
    as: 'officer',
    params: { id: f.provider.id },
    body: { kind: 'monitoring-visit', occurredOn: '2026-01-02', score: 80, rag: 'green' },
  }),
  'GET /providers/:id/quality-evidence': (f) => ({ as: 'provider', params: { id: f.provider.id } }),
  'POST /providers/:id/quality-evidence/:evidenceId/withdraw': (f, seen) => ({
    as: 'admin',
    params: { id: f.provider.id, evidenceId: idOf(seen, 'POST /providers/:id/quality-evidence') },
    body: { reason: 'recorded-in-error' },
  }),

  'GET /reviews/flags': () => ({ as: 'commissioner' }),
  'GET /reviews/flags/:id': (f) => ({ as: 'commissioner', params: { id: f.flags.demotion } }),
  'POST /reviews/flags/:id/confirm': (f) => ({
    as: 'admin',
    params: { id: f.flags.promotion },
    body: { reason: 'performance-confirmed' },
  }),
  'POST /reviews/flags/:id/dismiss': (f) => ({
    as: 'admin',
    params: { id: f.flags.demotion },
    body: { reason: 'mitigating-circumstances' },
  }),
  'POST /reviews/run': () => ({ as: 'admin' }),

  'GET /providers': () => ({ as: 'officer' }),
  'POST /providers': () => ({
    as: 'admin',
    body: {
      name: 'Walk Home Care',
      cqcLocationId: '1-123456789',
      cqcOverall: 'good',
      cqcSafe: 'good',
      cqcWellLed: 'outstanding',
      tenderScore: 64,
      status: 'active',
    },
  }),
  'GET /providers/:id': (f) => ({ as: 'provider', params: { id: f.provider.id } }),
  'PATCH /providers/:id': (_f, seen) => ({
    as: 'admin',
    params: { id: idOf(seen, 'POST /providers') },
    body: { version: Number(seen['POST /providers']!.version), tenderScore: 66, reason: 'tender re-marked' },
  }),
  'PUT /providers/:id/zones/:zoneId': (_f, seen) => ({
    as: 'admin',
    params: { id: idOf(seen, 'POST /providers'), zoneId: 'melton' },
    body: { role: 'prime', reason: 'won the Melton lot' },
  }),
  'DELETE /providers/:id/zones/:zoneId': (_f, seen) => ({
    as: 'admin',
    params: { id: idOf(seen, 'POST /providers'), zoneId: 'melton' },
    body: { reason: 'withdrew from the Melton lot' },
  }),
  'GET /providers/:id/capacity': (f) => ({ as: 'provider', params: { id: f.provider.id } }),
  'POST /providers/:id/capacity': (f) => ({
    as: 'provider',
    params: { id: f.provider.id },
    body: { zoneId: 'charnwood-north', weeklyHours: 42.5 },
  }),
  'GET /capacity': () => ({ as: 'commissioner' }),
  'GET /framework/coverage': () => ({ as: 'officer' }),

  'GET /rate-cards': () => ({ as: 'provider' }),
  'GET /rate-cards/current': () => ({ as: 'officer' }),
  'POST /rate-cards': () => ({
    as: 'admin',
    body: {
      appliesFrom: anotherDay,
      label: '2027/28 uplift',
      ratesPence: { urban: 2000, fringe: 2200, rural: 2600, isolated: 2900 },
    },
  }),
  'PATCH /rate-cards/:id': (_f, seen) => ({
    as: 'admin',
    params: { id: idOf(seen, 'POST /rate-cards') },
    body: { label: '2027/28 uplift (revised)' },
  }),
  'DELETE /rate-cards/:id': (_f, seen) => ({ as: 'admin', params: { id: idOf(seen, 'POST /rate-cards') } }),
  'GET /pricing/quote': (): WalkCall[] => [
    { as: 'officer', query: { lat: 52.7667, lon: -1.2, weeklyHours: 10 } },
    { as: 'officer', query: { band: 'rural', weeklyHours: 3.5, from: '2026-01-01', to: '2026-06-30' } },
  ],
  'GET /pricing/cost-model': () => [
    { as: 'commissioner' },
    { as: 'admin', query: { urban: 100, rural: 20 } },
  ],

  'GET /reports/coverage': () => [
    { as: 'commissioner' },
    { as: 'commissioner', query: { format: 'csv' } },
    { as: 'officer', accept: 'application/geo+json' },
  ],
  'GET /reports/providers': () => [
    { as: 'provider' },
    { as: 'officer', query: { format: 'csv' } },
    { as: 'commissioner', query: { format: 'geojson' } },
  ],

  'GET /providers/:id/contacts': (f) => ({ as: 'officer', params: { id: f.provider.id } }),
  'POST /providers/:id/contacts': (f) => ({
    as: 'provider',
    params: { id: f.provider.id },
    body: { email: 'rota@walk.example' },
  }),
  'DELETE /providers/:id/contacts/:contactId': (f, seen) => ({
    as: 'provider',
    params: { id: f.provider.id, contactId: idOf(seen, 'POST /providers/:id/contacts') },
  }),
  'GET /me/notifications': () => [{ as: 'provider' }, { as: 'officer' }],
  'PUT /me/notifications': () => ({
    as: 'officer',
    body: { preferences: { 'package.escalated': 'digest' } },
  }),
  'GET /outbox': () => [{ as: 'admin' }, { as: 'admin', query: { channel: 'webhook', limit: 5 } }],
  'GET /outbox/:id': (f) => ({ as: 'admin', params: { id: f.outbox.messageId } }),
  'POST /outbox/:id/resend': (f) => ({ as: 'admin', params: { id: f.outbox.messageId } }),
  'POST /webhooks': () => ({
    as: 'provider',
    body: { url: 'http://127.0.0.1:9/walk-2', events: ['offer.won', 'offer.lost'] },
  }),
  'GET /webhooks': () => ({ as: 'provider' }),
  'GET /webhooks/:id/deliveries': (f) => ({ as: 'provider', params: { id: f.outbox.webhookId } }),
  'POST /webhooks/:id/deliveries/:deliveryId/replay': (f) => ({
    as: 'provider',
    params: { id: f.outbox.webhookId, deliveryId: f.outbox.deliveryId },
  }),
  'DELETE /webhooks/:id': (_f, seen) => ({ as: 'provider', params: { id: idOf(seen, 'POST /webhooks') } }),

  'GET /locate': () => ({ as: 'officer', query: { lat: 52.5389, lon: -1.3761 } }),
  'POST /zones/layers': (f) => ({
    as: 'admin',
    body: { appliesFrom: '2026-02-01', label: 'Council GIS layer, February', areas: f.areaLayer },
  }),
  'GET /zones/layers': () => ({ as: 'commissioner' }),
  'GET /zones': () => [{ as: 'provider' }, { as: 'officer', query: { simplified: 'true' } }],
  'GET /zones/:id': () => [
    { as: 'officer', params: { id: 'hinckley' } },
    { as: 'provider', params: { id: 'Ashby and Coalville' }, query: { simplified: 'true' } },
  ],
  'GET /zones/:id/areas': () => ({ as: 'commissioner', params: { id: 'melton' } }),
};
