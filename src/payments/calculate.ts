/**
 * The payments calculation (docs/payments.md; docs/specification/rates-and-costs.md §3.9; stories
 * F1, H1): each stretch of care a provider delivered on a package, clipped to the period, priced day
 * by day at the rate paid that day. Pure: the stretches come from queries.ts.
 *
 * Rounding (src/pricing/money.ts, the one rule): a row's amount at one rate is
 * round(rate × weekly minutes × days ÷ (7 × 60)), once per rate; the row's amount is the sum of its
 * rates' amounts; every total is the sum of the rows' amounts. So every printed figure adds up and
 * the export's total is the coverage report's period cost to the penny (./totals.ts prices the same way in SQL).
 */
import { addDays, daysInclusive, type IsoDate } from '../calendar/dates';
import type { Band } from '../pricing/bands';
import { divideRounded } from '../pricing/money';
import { rateSegments, type NegotiatedRate, type RateSource } from '../pricing/rates-in-force';
import type { RateCard } from '../pricing/rate-card';
import { FUNDING_STREAMS, type FundingStream } from '../packages/model';

/** One provider's care of one package: from the care start to the last day (null: still in care). */
export interface CareStretch {
  packageId: number;
  packageReference: string | null;
  providerId: number;
  providerName: string;
  fundingStream: FundingStream;
  band: Band;
  weeklyMinutes: number;
  from: IsoDate;
  to: IsoDate | null;
}

export interface PaymentRate {
  hourlyRatePence: number;
  source: RateSource;
  days: number;
  amountPence: number;
}

export interface PaymentRow {
  providerId: number;
  providerName: string;
  packageId: number;
  packageReference: string | null;
  fundingStream: FundingStream;
  band: Band;
  weeklyMinutes: number;
  firstDay: IsoDate;
  lastDay: IsoDate;
  days: number;
  /** weekly minutes × days ÷ 7, in hours to two decimals (display; amounts use the exact minutes). */
  hours: number;
  rates: PaymentRate[];
  amountPence: number;
}

export interface PaymentTotal {
  rows: number;
  hours: number;
  amountPence: number;
}

export interface Payments {
  period: { from: IsoDate; to: IsoDate };
  rows: PaymentRow[];
  totals: { all: PaymentTotal; byFundingStream: Record<FundingStream, PaymentTotal> };
}

export interface PricingTerms {
  cards: readonly RateCard[];
  negotiated: ReadonlyMap<number, readonly NegotiatedRate[]>;
}

const MINUTES_PER_WEEK_DAY = 7 * 60;

/** Hours of care in `days` days of a package of `weeklyMinutes` a week, to two decimals. */
export function hoursIn(weeklyMinutes: number, days: number): number {
  return divideRounded(weeklyMinutes * days * 100, MINUTES_PER_WEEK_DAY) / 100;
}

function clip(stretch: CareStretch, period: { from: IsoDate; to: IsoDate }) {
  const from = stretch.from > period.from ? stretch.from : period.from;
  const to = stretch.to === null || stretch.to > period.to ? period.to : stretch.to;
  return from <= to ? { from, to } : null;
}

/** Groups days by (rate, source), so a row shows each rate once; each rate's amount is rounded once. */
function priceDays(stretch: CareStretch, ranges: { from: IsoDate; to: IsoDate }[], terms: PricingTerms) {
  const byRate = new Map<string, Omit<PaymentRate, 'amountPence'>>();
  const negotiated = terms.negotiated.get(stretch.packageId) ?? [];
  for (const range of ranges) {
    for (const s of rateSegments(
      { band: stretch.band, cards: terms.cards, negotiated },
      range.from,
      range.to,
    )) {
      const key = `${s.source}:${s.hourlyRatePence}`;
      const rate = byRate.get(key) ?? { hourlyRatePence: s.hourlyRatePence, source: s.source, days: 0 };
      rate.days += s.days;
      byRate.set(key, rate);
    }
  }
  return [...byRate.values()].map((r) => ({
    ...r,
    amountPence: divideRounded(
      BigInt(r.hourlyRatePence) * BigInt(stretch.weeklyMinutes) * BigInt(r.days),
      MINUTES_PER_WEEK_DAY,
    ),
  }));
}

const rowKey = (s: CareStretch) => `${s.providerId}:${s.packageId}`;

/**
 * calculatePayments's rows in no particular order: the totals need no sorting, and sorting by
 * provider name (a locale comparison) was most of the cost of pricing thousands of rows.
 */
export function paymentRows(
  stretches: readonly CareStretch[],
  period: { from: IsoDate; to: IsoDate },
  terms: PricingTerms,
): PaymentRow[] {
  const grouped = new Map<string, { stretch: CareStretch; ranges: { from: IsoDate; to: IsoDate }[] }>();
  // Days before the first rate card were paid under the old framework, not this one: an imported
  // caseload may reach back years (docs/payments.md "What is paid").
  const firstCard = terms.cards.reduce<IsoDate | null>(
    (first, c) => (first === null || c.appliesFrom < first ? c.appliesFrom : first),
    null,
  );
  if (firstCard === null) return [];
  const paid = { from: firstCard > period.from ? firstCard : period.from, to: period.to };
  for (const stretch of stretches) {
    const range = clip(stretch, paid);
    if (!range) continue;
    const entry = grouped.get(rowKey(stretch)) ?? { stretch, ranges: [] };
    entry.ranges.push(range);
    grouped.set(rowKey(stretch), entry);
  }
  const rows = [...grouped.values()].map(({ stretch, ranges }) => toRow(stretch, ranges, terms));
  return rows;
}

/** One row per package and provider: a provider's stretches of the same package are added up. */
export function calculatePayments(
  stretches: readonly CareStretch[],
  period: { from: IsoDate; to: IsoDate },
  terms: PricingTerms,
): Payments {
  const rows = paymentRows(stretches, period, terms);
  rows.sort(
    (a, b) =>
      a.providerName.localeCompare(b.providerName) ||
      a.providerId - b.providerId ||
      a.packageId - b.packageId,
  );
  return { period, rows, totals: totalsOf(rows) };
}

function toRow(
  stretch: CareStretch,
  ranges: { from: IsoDate; to: IsoDate }[],
  terms: PricingTerms,
): PaymentRow {
  const rates = priceDays(stretch, mergeOverlaps(ranges), terms);
  const days = rates.reduce((sum, r) => sum + r.days, 0);
  const { packageId, packageReference, providerId, providerName, fundingStream, band, weeklyMinutes } =
    stretch;
  return {
    providerId,
    providerName,
    packageId,
    packageReference,
    fundingStream,
    band,
    weeklyMinutes,
    firstDay: ranges.reduce((min, r) => (r.from < min ? r.from : min), ranges[0]!.from),
    lastDay: ranges.reduce((max, r) => (r.to > max ? r.to : max), ranges[0]!.to),
    days,
    hours: hoursIn(weeklyMinutes, days),
    rates,
    amountPence: rates.reduce((sum, r) => sum + r.amountPence, 0),
  };
}

/** A day is paid once per provider and package, even if two stretches (two awards) cover it. */
function mergeOverlaps(ranges: { from: IsoDate; to: IsoDate }[]) {
  const sorted = [...ranges].sort((a, b) => (a.from < b.from ? -1 : 1));
  const merged: { from: IsoDate; to: IsoDate }[] = [];
  for (const r of sorted) {
    const last = merged.at(-1);
    if (last && r.from <= addDays(last.to, 1)) {
      if (r.to > last.to) last.to = r.to;
    } else merged.push({ ...r });
  }
  return merged.filter((r) => daysInclusive(r.from, r.to) > 0);
}

function totalOf(rows: readonly PaymentRow[]): PaymentTotal {
  return {
    rows: rows.length,
    hours: Math.round(rows.reduce((sum, r) => sum + r.hours * 100, 0)) / 100,
    amountPence: rows.reduce((sum, r) => sum + r.amountPence, 0),
  };
}

function totalsOf(rows: readonly PaymentRow[]): Payments['totals'] {
  return {
    all: totalOf(rows),
    byFundingStream: Object.fromEntries(
      FUNDING_STREAMS.map((stream) => [stream, totalOf(rows.filter((r) => r.fundingStream === stream))]),
    ) as Record<FundingStream, PaymentTotal>,
  };
}
