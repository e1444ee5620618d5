import { describe, expect, it } from 'vitest';
import type { PackageRecord } from '../../packages/model';
import { webhookDocument } from '../../webhooks/payload';
import { KINDS, WEBHOOK_EVENTS } from '../kinds';
import { packageFacts } from '../payloads';
import { renderEmail } from './email';

const BASE = 'https://brokerage.example';

const pkg: PackageRecord = {
  id: 42,
  reference: 'SU-0042-PRIVATE',
  lon: -1.2345,
  lat: 52.7654,
  postcode: 'LE11 3AB',
  areaId: 'E00069999',
  lsoa: 'E01013999',
  district: 'E07000130',
  zoneId: 'charnwood-north',
  band: 'urban',
  bandSource: 'ruc',
  rateCardId: 1,
  hourlyRatePence: 2210,
  weeklyMinutes: 630,
  visitsPerWeek: 14,
  fundingStream: 'council',
  careType: 'core',
  d2a: null,
  urgency: 'hospital-discharge',
  wantedStart: '2026-01-12',
  needs: {
    carerGender: 'any',
    languages: ['pa'],
    twoCarers: true,
    specialisms: ['dementia'],
    support: [],
  },
  status: 'brokering',
  providerId: null,
  currentEpisodeId: 7,
  createdAt: Date.parse('2026-01-05T09:00:00Z'),
  updatedAt: Date.parse('2026-01-05T09:00:00Z'),
  escalatedAt: null,
  version: 1,
  locationGiven: 'postcode',
  bandOverride: null,
};

const facts = packageFacts(pkg, 'Charnwood North');
const payloads: Record<string, Record<string, unknown>> = {
  'capacity.stale': { providerId: 3, zone: { id: 'melton', name: 'Melton' }, declaredAt: 0, staleDays: 14 },
  'zone.below-minimum-primes': { zone: { id: 'melton', name: 'Melton' }, required: 2, actual: 1, cause: 'x' },
  'provider.changed': {
    provider: { id: 3, name: 'Soar Care' },
    changes: { status: { from: 'active', to: 'suspended' } },
  },
  'provider.cqc-downgraded': {
    provider: { id: 3, name: 'Soar Care' },
    downgrades: [{ keyQuestion: 'safe', from: 'good', to: 'inadequate', publishedOn: '2026-01-02' }],
  },
  'review.flag-raised': {
    flagId: 5,
    provider: { id: 3, name: 'Soar Care' },
    zone: { id: 'melton', name: 'Melton' },
    kind: 'demotion',
  },
  'provider-risk.red': {
    provider: { id: 3, name: 'Soar Care' },
    month: '2026-01',
    reasons: ['safeguarding-substantiated'],
  },
  'coverage.weekly': { week: '2026-01-05', lines: ['Packages brokering: 3; unplaced: 1.'] },
  'webhook.disabled': { endpointId: 2, url: 'https://rota.example/hook' },
  'admission.round-opened': { round: { id: 1, title: 'Melton supplementaries', closesOn: '2026-02-01' } },
  'admission.application-received': {
    applicationId: 4,
    provider: { id: 3, name: 'Soar Care' },
    what: 'supplementary in Melton',
  },
  'admission.decision': {
    applicationId: 4,
    outcome: 'accepted',
    what: 'supplementary in Melton',
    comment: 'Strong',
  },
  'account.invitation': { token: 'secret-token', expiresAt: Date.parse('2026-01-08T09:00:00Z') },
  'account.password-reset': { token: 'secret-token', expiresAt: Date.parse('2026-01-05T10:00:00Z') },
  digest: {
    items: [{ subject: 'Package unplaced: package 42 in Melton', link: `${BASE}/staff/packages/42` }],
  },
};
const message = (kind: string) => ({
  kind,
  payload: payloads[kind] ?? {
    ...facts,
    windowEndsAt: Date.parse('2026-01-05T11:00:00Z'),
    agreedStart: '2026-01-12',
    noticeDate: '2026-02-01',
    fullNoticeDate: '2026-02-02',
    reason: 'staffing',
    reviewDue: '2026-01-26',
    fundedUntil: '2026-02-01',
    waitingSince: pkg.createdAt,
    afterHours: 48,
    provider: { id: 3, name: 'Soar Care' },
  },
  subjectId: 99,
  urgent: true,
});

/** What could identify the person: never in a message, whatever its kind. */
const PERSONAL = [
  pkg.reference!,
  pkg.postcode!,
  String(pkg.lat),
  String(pkg.lon),
  'LE11',
  pkg.lsoa!,
  pkg.areaId,
];

describe('the text of each message', () => {
  it('renders every kind with a subject, its facts and a link to sign in, and nothing that identifies the person', () => {
    for (const kind of [...Object.keys(KINDS), 'digest']) {
      const email = renderEmail(message(kind), BASE);
      expect(email.subject.length, kind).toBeGreaterThan(5);
      expect(email.body, kind).toMatch(
        /(Sign in to see it|Choose your password|Choose a new password): https:\/\/brokerage\.example\//,
      );
      const all = JSON.stringify(email);
      for (const secret of PERSONAL) expect(all, `${kind} shows ${secret}`).not.toContain(secret);
    }
  });

  it('says what a provider decides an offer on: zone, band, hours and visits, urgency, needs and the window', () => {
    const email = renderEmail(message('offer.created'), BASE);
    expect(email.subject).toBe('Urgent offer (Hospital discharge): Charnwood North, 10.5 hours a week');
    expect(email.body.split('\n')).toEqual([
      'Zone: Charnwood North',
      'Price band: Urban',
      'Hours: 10.5 hours a week, 14 visits a week',
      'Urgency: Hospital discharge',
      'Funding: Council (adult social care)',
      'Needs: Two carers, Dementia; speaks pa',
      'Wanted start: 12 January 2026',
      'Answer by: 5 January 2026 at 11am',
      '',
      'Sign in to see it: https://brokerage.example/my/offers/99',
    ]);
  });

  it('shows the funding stream, or for a message stored before payloads carried it, the care type', () => {
    const d2a = renderEmail({ ...message('offer.lost'), payload: { ...facts, fundingStream: 'd2a' } }, BASE);
    expect(d2a.body).toContain('Funding: Discharge to assess (D2A)');
    expect(d2a.personalisation).toMatchObject({ funding_stream: 'Discharge to assess (D2A)' });
    const { fundingStream: _stream, ...older } = facts;
    const stored = renderEmail({ ...message('offer.lost'), payload: { ...older, careType: 'chc' } }, BASE);
    expect(stored.body).toContain('Funding: Continuing healthcare (CHC)');
  });

  it('asks commissioners to decide a short-notice hand-back on the package page', () => {
    const email = renderEmail({ ...message('package.hand-back.short-notice'), urgent: false }, BASE);
    expect(email.subject).toBe('Short-notice hand-back awaits your decision: package 42 in Charnwood North');
    expect(email.body).toContain('Handed back by: Soar Care\nReason: Staffing\n');
    expect(email.body).toContain('Notice date: 1 February 2026; full notice would run to 2 February 2026.');
    expect(email.body).toContain('Sign in to see it: https://brokerage.example/staff/packages/42');
  });

  it('builds a webhook document for every event, with ids and links and nothing personal', () => {
    for (const type of WEBHOOK_EVENTS) {
      const doc = webhookDocument({ ...message(type), kind: type }, BASE, pkg.createdAt);
      expect(doc).toMatchObject({ type, timestamp: '2026-01-05T09:00:00.000Z' });
      const all = JSON.stringify(doc);
      for (const secret of PERSONAL) expect(all, `${type} shows ${secret}`).not.toContain(secret);
    }
  });
});
