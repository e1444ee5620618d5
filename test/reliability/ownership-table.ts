/**
 * How every route a provider user can reach treats ownership. The ownership test
 * (access-ownership.test.ts) FAILS for any provider-reachable route missing here, so whoever adds
 * or opens a route to providers must declare which provider's data it serves:
 *
 * - `owned(o)`: the request for a resource belonging to provider `o` (path params, query, body).
 *   Another provider asking for it must get 404, exactly as for an id that does not exist, and
 *   the database must not change; its owner must get through (anything but 404 or 5xx).
 * - `list`: a list scoped to the caller: it must hold the caller's own items and none of the other's
 *   (several checks when the route answers in several formats).
 * - `shared`: the same answer for every provider (council-wide data or the caller itself), with why
 *   (and `request`, when the path has parameters to fill).
 *
 * Every response to a provider is also searched for the other provider's name and service-user
 * references, so a route that embeds another provider's data fails even if its ids look right.
 */

export interface Owned {
  providerId: number;
  providerName: string;
  zoneId: string;
  /** A package awarded to this provider. */
  awardedPackage: number;
  /** The winning offer of that package. */
  wonOffer: number;
  /** A package still brokering, with an open offer to this provider. */
  pendingPackage: number;
  pendingOffer: number;
  /** Service-user references of this provider's packages: never shown to another provider. */
  references: string[];
  evidenceId: number;
  /** The provider's application to admission round 1 (supplementary in Melton). */
  applicationId: number;
  /** An offer contact address of this provider. */
  contactId: number;
  /** A webhook endpoint of this provider, and one of its deliveries. */
  webhookId: number;
  deliveryId: number;
  /** The provider's user (an administrator of its organisation) and a colleague. */
  userId: number;
}

export interface RequestParts {
  params?: Record<string, number | string>;
  query?: Record<string, number | string>;
  body?: object;
  /** The file, for routes that take text/csv. */
  csv?: string;
}

/** A list scoped to the caller: `items` of the answer include `own(caller)` and nothing of `own(other)`. */
export interface ListCheck {
  request?: RequestParts;
  items?: (body: unknown) => unknown[];
  own?: (o: Owned) => unknown[];
  /** The answer names the caller (so that the search for the other's name is not vacuous). */
  namesCaller?: boolean;
}

export type Ownership =
  | { shared: string; request?: RequestParts }
  | { owned?: (o: Owned) => RequestParts; list?: ListCheck | ListCheck[] };

const byProvider = (o: Owned): RequestParts => ({ params: { id: o.providerId } });

export const OWNERSHIP: Record<string, Ownership> = {
  'GET /health': { shared: 'public liveness check' },
  'GET /me': { shared: "the caller's own user; no id in the request" },
  'GET /rate-cards': { shared: 'council-wide rate cards, the same for every provider' },
  'GET /rate-cards/current': { shared: 'council-wide rate cards, the same for every provider' },
  'GET /zones': { shared: "the council's zones, the same for every provider" },
  'GET /zones/:id': { shared: "the council's zones", request: { params: { id: 'hinckley' } } },
  'GET /zones/:id/areas': {
    shared: "the council's zones and their areas",
    request: { params: { id: 'hinckley' } },
  },

  'GET /packages': {
    list: [
      {
        items: (b) => (b as { packages: { id: number }[] }).packages.map((p) => p.id),
        own: (o) => [o.awardedPackage],
      },
      {
        // The search filters narrow the caller's own packages; they never reach another's.
        request: { query: { status: 'awarded', intakeFrom: '2020-01-01', limit: 500 } },
        items: (b) => (b as { packages: { id: number }[] }).packages.map((p) => p.id),
        own: (o) => [o.awardedPackage],
      },
    ],
  },
  'GET /packages/:id': { owned: (o) => ({ params: { id: o.awardedPackage } }) },
  'POST /packages/:id/start': {
    owned: (o) => ({ params: { id: o.awardedPackage }, body: { startedOn: '2026-01-12' } }),
  },
  'POST /packages/:id/hand-back': {
    owned: (o) => ({
      params: { id: o.awardedPackage },
      body: { reason: 'staffing', noticeDate: '2026-02-01' },
    }),
  },

  'GET /offers': {
    list: {
      items: (b) => (b as { offers: { id: number }[] }).offers.map((x) => x.id),
      own: (o) => [o.wonOffer, o.pendingOffer],
    },
  },
  'POST /offers/:id/accept': { owned: (o) => ({ params: { id: o.pendingOffer }, body: {} }) },
  'POST /offers/:id/decline': {
    owned: (o) => ({ params: { id: o.pendingOffer }, body: { reason: 'no-capacity' } }),
  },

  'GET /performance/visits': { owned: (o) => ({ query: { providerId: o.providerId } }) },
  'POST /visits': {
    owned: (o) => ({
      query: { providerId: o.providerId },
      body: {
        visits: [
          { packageReference: o.references[0]!, plannedStart: '2026-01-02T09:00:00Z', plannedMinutes: 30 },
        ],
      },
    }),
  },
  'POST /imports/visits': {
    owned: (o) => ({
      query: { providerId: o.providerId, dryRun: 'true' },
      csv: `package_reference,planned_start,planned_minutes,actual_start,actual_end\n${o.references[0]},2026-01-02T09:00:00Z,30,,\n`,
    }),
  },
  'GET /packages/:id/visits': { owned: (o) => ({ params: { id: o.awardedPackage } }) },
  'GET /performance/kpis': {
    owned: (o) => ({ query: { provider: o.providerId } }),
    list: {
      request: { query: { groupBy: 'provider' } },
      items: (b) =>
        (b as { groups: { group: { provider?: { id: number } } }[] }).groups.map((g) => g.group.provider?.id),
      own: (o) => [o.providerId],
    },
  },
  'GET /reports/providers': {
    owned: (o) => ({ query: { provider: o.providerId } }),
    list: [
      {
        request: { query: { format: 'json' } },
        items: (b) =>
          (b as { providers: { provider: { id: number } }[] }).providers.map((p) => p.provider.id),
        own: (o) => [o.providerId],
      },
      { request: { query: { format: 'csv' } }, namesCaller: true },
      { request: { query: { format: 'geojson' } } },
    ],
  },
  // A provider's own rows only (test/payments/payments-export.test.ts shows them with care in the period).
  'GET /exports/payments': {
    list: [
      { request: { query: { from: '2026-01-01', to: '2026-01-31' } } },
      { request: { query: { from: '2026-01-01', to: '2026-01-31', format: 'csv' } } },
    ],
  },
  'GET /providers/:id/score': { owned: byProvider },
  'GET /providers/:id/score/history': { owned: byProvider },
  'GET /providers/:id/quality-evidence': { owned: byProvider },
  'GET /providers/:id': { owned: byProvider },
  'GET /providers/:id/capacity': { owned: byProvider },
  'POST /providers/:id/capacity': {
    owned: (o) => ({ params: { id: o.providerId }, body: { zoneId: o.zoneId, weeklyHours: 20 } }),
  },
  'GET /providers/:id/needs': { owned: byProvider },
  'POST /providers/:id/needs': {
    owned: (o) => ({
      params: { id: o.providerId },
      body: { zoneId: o.zoneId, specialisms: [], languages: [], doubleUpPackages: 1, carerGenders: [] },
    }),
  },

  'GET /providers/:id/contacts': { owned: byProvider },
  'POST /providers/:id/contacts': {
    owned: (o) => ({
      params: { id: o.providerId },
      body: { email: `another-${o.providerId}@contacts.example` },
    }),
  },
  'DELETE /providers/:id/contacts/:contactId': {
    owned: (o) => ({ params: { id: o.providerId, contactId: o.contactId } }),
  },
  'GET /me/notifications': { shared: "the caller's own choices; no id in the request" },
  'PUT /me/notifications': {
    shared: "the caller's own choices; no id in the request",
    request: { body: { preferences: { 'offer.lost': 'digest' } } },
  },
  'POST /webhooks': {
    shared: "registers an endpoint of the caller's own provider; no id in the request",
    request: { body: { url: 'https://hooks.example/hcfl', events: ['offer.created'] } },
  },
  'GET /webhooks': {
    list: {
      items: (b) => (b as { webhooks: { id: number }[] }).webhooks.map((w) => w.id),
      own: (o) => [o.webhookId],
    },
  },
  'GET /webhooks/:id/deliveries': {
    owned: (o) => ({ params: { id: o.webhookId } }),
  },
  'POST /webhooks/:id/deliveries/:deliveryId/replay': {
    owned: (o) => ({ params: { id: o.webhookId, deliveryId: o.deliveryId } }),
  },
  'DELETE /webhooks/:id': { owned: (o) => ({ params: { id: o.webhookId } }) },

  // A provider administrator manages only its own organisation's users (src/users/scope.ts).
  'GET /providers/:id/users': { owned: byProvider },
  'POST /providers/:id/users': {
    owned: (o) => ({
      params: { id: o.providerId },
      body: { name: 'A colleague', email: `colleague-${o.providerId}@provider.example` },
    }),
  },
  'PATCH /users/:id': { owned: (o) => ({ params: { id: o.userId }, body: { providerAdmin: true } }) },

  // Admission (src/admission): rounds are council-wide; applications and checklists are the provider's own.
  'GET /admission/rounds': { shared: "the council's admission rounds, the same for every provider" },
  'POST /admission/applications': {
    shared: "applies for the caller's own organisation; no provider id in the request",
    request: { body: { roundId: 1, role: 'chc-approval', zoneId: null, statement: 'CHC-trained carers.' } },
  },
  'GET /admission/applications': {
    list: {
      items: (b) => (b as { applications: { id: number }[] }).applications.map((a) => a.id),
      own: (o) => [o.applicationId],
    },
  },
  'GET /admission/applications/:id': { owned: (o) => ({ params: { id: o.applicationId } }) },
  'GET /providers/:id/readiness': { owned: byProvider },
};
