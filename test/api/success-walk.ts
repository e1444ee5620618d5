/**
 * One request per route of the route table that the route answers with success, in an order that
 * keeps the fixtures valid (a write reads what an earlier call made, through `seen`). The walk in
 * responses.test.ts fails for a route missing here, so whoever adds a route adds its call.
 */
import type { Role } from '../../src/auth/roles';
import { ADMISSION_CALLS } from './success-walk-admission';
import { PAYMENT_CALLS } from './success-walk-payments';
import { PROVIDER_AND_DATA_CALLS } from './success-walk-providers';
import { VISIT_CALLS } from './success-walk-visits';

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
  /** A file sent as text/csv in place of a JSON body. */
  csv?: string;
  /** The media type asked for, for routes that answer in several. */
  accept?: string;
}

/** What earlier calls answered, by route key ('POST /users'). */
export type Seen = Record<string, Record<string, unknown>>;

export type CallFor = (f: WalkFixtures, seen: Seen) => WalkCall | WalkCall[];

export const idOf = (seen: Seen, key: string) => Number(seen[key]!.id);
export const anotherDay = '2027-04-01';

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
      fundingStream: 'd2a',
      fundedUntil: '2026-02-01',
      reviewDue: '2026-01-26',
      urgency: 'hospital-discharge',
      wantedStart: '2026-01-12',
      needs: {
        carerGender: 'female',
        languages: ['pl'],
        twoCarers: false,
        specialisms: [],
        support: ['moving-and-handling'],
      },
    },
  }),
  'GET /reviews-due': () => [{ as: 'officer' }, { as: 'commissioner', query: { zone: 'charnwood-north' } }],
  'GET /packages': () => [{ as: 'officer' }, { as: 'provider' }],
  'GET /packages/:id': (f) => ({ as: 'provider', params: { id: f.packages.awarded } }),
  ...VISIT_CALLS,
  'PATCH /packages/:id': (_f, seen) => ({
    as: 'officer',
    params: { id: idOf(seen, 'POST /packages') },
    body: { version: Number(seen['POST /packages']!.version), weeklyHours: 8 },
  }),
  'POST /packages/:id/funding-review': (_f, seen) => ({
    as: 'officer',
    params: { id: idOf(seen, 'POST /packages') },
    body: { version: Number(seen['PATCH /packages/:id']!.version), outcome: 'continue' },
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
  // Shorter than 28 days' notice: held for a commissioner, who approves it.
  'POST /packages/:id/hand-back/decision': (f) => ({
    as: 'commissioner',
    params: { id: f.packages.awarded },
    body: { decision: 'approve' },
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
  'POST /imports/cqc-ratings': () => ({
    as: 'admin',
    query: { dryRun: 'true' },
    csv: 'Location ID,Domain,Latest Rating,Publication Date,Provider ID\n1-1000000099,Overall,Good,02/12/2025,1-2000000099\n',
  }),
  'POST /imports/caseload': (f) => ({
    as: 'officer',
    query: { dryRun: 'true' },
    csv: `reference,postcode,weekly_hours,visits_per_week,provider,zone_role,start_date,funding_stream\nWALK-CL-1,LE11 3TU,10,14,${f.provider.id},prime,2025-06-01,council\n`,
  }),
  'POST /imports/baseline': () => ({
    as: 'officer',
    query: { dryRun: 'true' },
    csv: 'reference,request_date,placement_date,zone,band,weekly_hours\nWALK-OLD-1,2021-03-01,2021-03-04,charnwood-north,urban,10\n',
  }),
  'GET /reports/before-after': () => ({ as: 'commissioner', query: { date: '2021-11-01' } }),
  'GET /providers/:id/quality-evidence': (f) => ({ as: 'provider', params: { id: f.provider.id } }),
  'POST /providers/:id/quality-evidence/:evidenceId/withdraw': (f, seen) => ({
    as: 'admin',
    params: { id: f.provider.id, evidenceId: idOf(seen, 'POST /providers/:id/quality-evidence') },
    body: { reason: 'recorded-in-error' },
  }),

  'GET /reviews/flags': () => ({ as: 'commissioner' }),
  'GET /reviews/flags/:id': (f) => ({ as: 'commissioner', params: { id: f.flags.demotion } }),
  'POST /reviews/flags/:id/confirm': (f) => ({
    as: 'commissioner',
    params: { id: f.flags.promotion },
    body: { reason: 'performance-confirmed', evidence: 'three months of scores', comment: 'sustained' },
  }),
  // The supplementary is a prime now: a commissioner flags it for demotion by hand.
  'POST /reviews/flags': (f) => ({
    as: 'commissioner',
    body: {
      providerId: f.supplementary.id,
      zoneId: 'charnwood-north',
      kind: 'demotion',
      evidence: 'two missed monitoring visits',
      comment: 'raised at the contract meeting',
    },
  }),
  'POST /reviews/flags/:id/dismiss': (f) => ({
    as: 'commissioner',
    params: { id: f.flags.demotion },
    body: { reason: 'mitigating-circumstances', evidence: 'staff shortage letter', comment: 'one-off' },
  }),
  'POST /reviews/run': () => ({ as: 'admin' }),

  'POST /provider-risk/run': () => ({ as: 'commissioner', body: {} }),
  'GET /provider-risk': () => ({ as: 'commissioner' }),
  'POST /provider-risk/:providerId/override': (f, seen) => ({
    as: 'commissioner',
    params: { providerId: f.provider.id },
    body: { month: String(seen['POST /provider-risk/run']!.month), rag: 'amber', reason: 'other' },
  }),

  ...PROVIDER_AND_DATA_CALLS,
  ...ADMISSION_CALLS,
  ...PAYMENT_CALLS,
};
