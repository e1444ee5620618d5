/**
 * A small hand-built history for the report tests, in two zones, where every figure of the
 * coverage report can be worked out by hand (test/reports/coverage.test.ts does the arithmetic).
 * December 2025 is GMT, so the day in England is the UTC day throughout.
 *
 *   Bottesford (planned 100 h/wk; min 2 primes, 2 providers): primes Alpha (CHC) and Beta,
 *   supplementary "=Gamma" (CHC; its name tests CSV formula guarding).
 *   Harborough Rural (planned 175 h/wk; no primes, min 2 providers): supplementaries =Gamma and
 *   Delta (suspended).
 */
import type { Knex } from 'knex';
import {
  buildRateCard,
  declareCapacity,
  ensureReference,
  historyProvider,
  insertPackageHistory,
} from '../factories';

export const AS_OF_DATE = '2025-12-31';
/** The query of the reports of December 2025, as at its end. */
export const PERIOD = 'from=2025-12-01&to=2025-12-31&asOf=2025-12-31';
/** The end of 31 December 2025 in England: the report's instant. */
export const T = Date.parse('2026-01-01T00:00:00Z');
const at = (iso: string) => Date.parse(`${iso}Z`);

export interface ReportHistory {
  alpha: number;
  beta: number;
  gamma: number;
  delta: number;
  cardId: number;
}

export async function buildReportHistory(db: Knex): Promise<ReportHistory> {
  await ensureReference(db);
  // The card in force on 31 Dec 2025, dearer than the rates frozen on the packages.
  const cardId = await buildRateCard(db, {
    appliesFrom: '2025-10-01',
    label: 'Report test card',
    rates: { urban: 2000, fringe: 2200, rural: 2400, isolated: 2600 },
    createdAt: at('2025-09-01T00:00:00'),
  });
  const providers = await reportFramework(db);
  await placedInDecember(db, providers);
  await placedEarlierOrEnded(db, providers);
  await waitingAtTheYearEnd(db, providers);
  await handedBackInHarborough(db, providers);
  return { ...providers, cardId };
}

type Providers = Omit<ReportHistory, 'cardId'>;

/** The four providers and their roles; Alpha and =Gamma declared capacity afresh on 1 January. */
async function reportFramework(db: Knex): Promise<Providers> {
  const alpha = await historyProvider(db, {
    name: 'Alpha Care',
    chcApproved: true,
    roles: [{ zoneId: 'bottesford', role: 'prime' }],
    capacityMinutes: 1_200,
  });
  const beta = await historyProvider(db, {
    name: 'Beta Care',
    roles: [{ zoneId: 'bottesford', role: 'prime' }],
    capacityMinutes: 1_200,
  });
  const gamma = await historyProvider(db, {
    name: '=Gamma Care',
    chcApproved: true,
    roles: [
      { zoneId: 'bottesford', role: 'supplementary' },
      { zoneId: 'harborough-rural', role: 'supplementary' },
    ],
  });
  const delta = await historyProvider(db, {
    name: 'Delta Care',
    status: 'suspended',
    roles: [{ zoneId: 'harborough-rural', role: 'supplementary' }],
  });
  // Declarations from 2021 are stale by the report's run (5 Jan 2026); these two are fresh.
  const fresh = at('2026-01-01T00:00:00');
  await declareCapacity(db, { providerId: alpha, zoneId: 'bottesford', weeklyMinutes: 600, at: fresh });
  await declareCapacity(db, { providerId: gamma, zoneId: 'bottesford', weeklyMinutes: 300, at: fresh });
  return { alpha, beta, gamma, delta };
}

/** K1–K3: Bottesford packages placed in December: standard, hospital discharge and urgent. */
async function placedInDecember(db: Knex, { alpha, beta, gamma }: Providers): Promise<void> {
  // K1: placed, in care. Pick-up 1 h (standard, within target).
  await insertPackageHistory(db, {
    zoneId: 'bottesford',
    band: 'urban',
    urgency: 'standard',
    weeklyMinutes: 600,
    hourlyRatePence: 1875,
    episodes: [
      {
        openedAt: at('2025-12-01T10:00:00'),
        rounds: [{ kind: 'primes', offers: [{ providerId: alpha, answer: 'accept', afterMinutes: 60 }] }],
        award: { providerId: alpha, startedOn: '2025-12-03' },
      },
    ],
  });
  // K2: CHC, hospital discharge; placed in round 2 at 23:40 the same day (3 h 40 min), care not started.
  await insertPackageHistory(db, {
    zoneId: 'bottesford',
    band: 'fringe',
    urgency: 'hospital-discharge',
    weeklyMinutes: 300,
    hourlyRatePence: 2020,
    careType: 'chc',
    episodes: [
      {
        openedAt: at('2025-12-10T20:00:00'),
        rounds: [
          {
            kind: 'primes',
            offers: [
              { providerId: alpha, answer: 'decline' },
              { providerId: beta, answer: 'none' },
            ],
          },
          { kind: 'supplementaries', offers: [{ providerId: gamma, answer: 'accept', afterMinutes: 100 }] },
        ],
        award: { providerId: gamma },
      },
    ],
  });
  // K3: urgent, opened 22:30, awarded 00:10 the next day (1 h 40 min): missed the same-day target.
  await insertPackageHistory(db, {
    zoneId: 'bottesford',
    band: 'rural',
    urgency: 'urgent',
    weeklyMinutes: 120,
    hourlyRatePence: 2300,
    episodes: [
      {
        openedAt: at('2025-12-15T22:30:00'),
        rounds: [{ kind: 'primes', offers: [{ providerId: beta, answer: 'accept', afterMinutes: 100 }] }],
        award: { providerId: beta, startedOn: '2025-12-17' },
      },
    ],
  });
}

/** K4–K6: placed in November, handed back and re-brokered, and ended in December. */
async function placedEarlierOrEnded(db: Knex, { alpha, beta, gamma }: Providers): Promise<void> {
  // K4: Harborough Rural, awarded in November (before the period), in care.
  await insertPackageHistory(db, {
    zoneId: 'harborough-rural',
    band: 'isolated',
    urgency: 'standard',
    weeklyMinutes: 900,
    hourlyRatePence: 2635,
    episodes: [
      {
        openedAt: at('2025-11-20T09:00:00'),
        rounds: [
          { kind: 'supplementaries', offers: [{ providerId: gamma, answer: 'accept', afterMinutes: 30 }] },
        ],
        award: { providerId: gamma, startedOn: '2025-11-25' },
      },
    ],
  });
  // K5: awarded to Alpha (30 min), handed back 20 Dec (staffing), re-brokered to Beta after 22 h.
  await insertPackageHistory(db, {
    zoneId: 'bottesford',
    band: 'urban',
    urgency: 'standard',
    weeklyMinutes: 480,
    hourlyRatePence: 1875,
    episodes: [
      {
        openedAt: at('2025-12-02T09:00:00'),
        rounds: [{ kind: 'primes', offers: [{ providerId: alpha, answer: 'accept', afterMinutes: 30 }] }],
        award: {
          providerId: alpha,
          startedOn: '2025-12-04',
          handBack: { at: at('2025-12-20T12:00:00'), reason: 'staffing' },
        },
      },
      {
        openedAt: at('2025-12-20T12:00:00'),
        rounds: [{ kind: 'primes', offers: [{ providerId: beta, answer: 'accept', afterMinutes: 1_320 }] }],
        award: { providerId: beta },
      },
    ],
  });
  // K6: awarded after 45 min, in care, ended on 28 Dec: not placed at the end of the year.
  await insertPackageHistory(db, {
    zoneId: 'bottesford',
    band: 'urban',
    urgency: 'standard',
    weeklyMinutes: 240,
    hourlyRatePence: 1875,
    status: 'ended',
    closedAt: at('2025-12-28T12:00:00'),
    episodes: [
      {
        openedAt: at('2025-12-05T10:00:00'),
        rounds: [{ kind: 'primes', offers: [{ providerId: alpha, answer: 'accept', afterMinutes: 45 }] }],
        award: { providerId: alpha, startedOn: '2025-12-08' },
      },
    ],
  });
}

/** K7–K10: unplaced, brokering, awarded after the year and cancelled: waiting at its end, or not. */
async function waitingAtTheYearEnd(db: Knex, { alpha, beta, gamma }: Providers): Promise<void> {
  // K7: hospital discharge, both rounds failed by 16:00 on 30 Dec: unplaced, waiting 36 h at the end of the year.
  await insertPackageHistory(db, {
    zoneId: 'bottesford',
    band: 'urban',
    urgency: 'hospital-discharge',
    weeklyMinutes: 360,
    episodes: [
      {
        openedAt: at('2025-12-30T12:00:00'),
        rounds: [
          {
            kind: 'primes',
            offers: [
              { providerId: alpha, answer: 'none' },
              { providerId: beta, answer: 'decline' },
            ],
          },
          { kind: 'supplementaries', offers: [{ providerId: gamma, answer: 'none' }] },
        ],
      },
    ],
  });
  // K8: Harborough Rural, still in its first round at the end of the year: brokering, waiting 12 h.
  await insertPackageHistory(db, {
    zoneId: 'harborough-rural',
    band: 'fringe',
    urgency: 'standard',
    weeklyMinutes: 600,
    status: 'brokering',
    episodes: [
      {
        openedAt: at('2025-12-31T12:00:00'),
        rounds: [{ kind: 'supplementaries', offers: [{ providerId: gamma, answer: 'none' }] }],
      },
    ],
  });
  // K9: opened 18:00 on 31 Dec, awarded at 04:00 on 1 Jan: waiting (6 h) as at the end of the year.
  await insertPackageHistory(db, {
    zoneId: 'bottesford',
    band: 'rural',
    urgency: 'standard',
    weeklyMinutes: 180,
    episodes: [
      {
        openedAt: at('2025-12-31T18:00:00'),
        rounds: [{ kind: 'primes', offers: [{ providerId: alpha, answer: 'accept', afterMinutes: 600 }] }],
        award: { providerId: alpha },
      },
    ],
  });
  // K10: cancelled while brokering on 13 Dec: neither placed nor waiting.
  await insertPackageHistory(db, {
    zoneId: 'bottesford',
    band: 'urban',
    urgency: 'standard',
    weeklyMinutes: 300,
    status: 'cancelled',
    closedAt: at('2025-12-13T09:00:00'),
    episodes: [
      {
        openedAt: at('2025-12-12T09:00:00'),
        rounds: [
          {
            kind: 'primes',
            offers: [
              { providerId: alpha, answer: 'none' },
              { providerId: beta, answer: 'none' },
            ],
          },
        ],
      },
    ],
  });
}

/** K11: handed back in Harborough Rural and taken up in a widened round. */
async function handedBackInHarborough(db: Knex, { alpha, gamma }: Providers): Promise<void> {
  // K11: Harborough Rural, urgent: =Gamma (40 min) hands it back on 18 Dec (travel); Alpha takes it in a widened round (100 min).
  await insertPackageHistory(db, {
    zoneId: 'harborough-rural',
    band: 'isolated',
    urgency: 'urgent',
    weeklyMinutes: 420,
    hourlyRatePence: 2635,
    episodes: [
      {
        openedAt: at('2025-12-03T08:00:00'),
        rounds: [
          { kind: 'supplementaries', offers: [{ providerId: gamma, answer: 'accept', afterMinutes: 40 }] },
        ],
        award: {
          providerId: gamma,
          startedOn: '2025-12-04',
          handBack: { at: at('2025-12-18T10:00:00'), reason: 'travel' },
        },
      },
      {
        openedAt: at('2025-12-18T10:00:00'),
        rounds: [
          {
            kind: 'widened-neighbours',
            offers: [{ providerId: alpha, answer: 'accept', afterMinutes: 100 }],
          },
        ],
        award: { providerId: alpha },
      },
    ],
  });
}
