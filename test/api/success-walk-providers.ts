/** The success walk (success-walk.ts), continued: providers, rates, reports, notifications and zones. */
import { anotherDay, idOf, type CallFor, type WalkCall } from './success-walk';

export const PROVIDER_AND_DATA_CALLS: Record<string, CallFor> = {
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
  'POST /providers/:id/exit': (_f, seen) => ({
    as: 'admin',
    params: { id: idOf(seen, 'POST /providers') },
    body: { noticeDate: '2026-02-05' },
  }),
  'GET /providers/:id/transition': (_f, seen) => ({
    as: 'officer',
    params: { id: idOf(seen, 'POST /providers') },
  }),
  'GET /providers/:id/capacity': (f) => ({ as: 'provider', params: { id: f.provider.id } }),
  'POST /providers/:id/capacity': (f) => ({
    as: 'provider',
    params: { id: f.provider.id },
    body: { zoneId: 'charnwood-north', weeklyHours: 42.5 },
  }),
  'GET /capacity': () => ({ as: 'commissioner' }),
  'GET /providers/:id/needs': (f) => ({ as: 'provider', params: { id: f.provider.id } }),
  'POST /providers/:id/needs': (f) => ({
    as: 'provider',
    params: { id: f.provider.id },
    body: {
      zoneId: 'charnwood-north',
      specialisms: ['dementia'],
      languages: ['pl'],
      doubleUpPackages: 2,
      carerGenders: ['female', 'male'],
    },
  }),
  'GET /specialists': () => ({ as: 'commissioner' }),
  'PUT /specialists/:specialism/providers/:providerId': (f) => ({
    as: 'admin',
    params: { specialism: 'end-of-life', providerId: f.supplementary.id },
    body: { reason: 'appointed from the specialist lot' },
  }),
  'DELETE /specialists/:specialism/providers/:providerId': (f) => ({
    as: 'admin',
    params: { specialism: 'end-of-life', providerId: f.supplementary.id },
    body: {},
  }),
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
  'POST /reports/rag-targets': () => ({
    as: 'commissioner',
    body: {
      metric: 'supply',
      zoneId: 'bottesford',
      target: 60,
      tolerance: 20,
      effectiveFrom: '2026-01-05',
      comment: 'two providers only',
    },
  }),
  'GET /reports/rag-targets': () => [{ as: 'officer' }, { as: 'commissioner', query: { on: '2026-03-01' } }],
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
