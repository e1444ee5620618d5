/**
 * The payments calculation's totals without a row per package (docs/payments.md "Totals"): the
 * coverage report's period cost and the budget position need only the totals, and fetching every
 * stretch of a large history to price it took seconds (docs/BENCHMARKS.md "Coverage and payments in
 * SQL"), as did pricing each stretch in SQL once per window (docs/BENCHMARKS.md "The coverage report
 * in one pass").
 *
 * One grouped read per call, however many windows are asked for: the stretches that may touch any
 * of them, grouped in SQL into classes that are priced alike — the same funding stream, band, weekly
 * minutes, first day, last day and package end day. A package's single stretch paid on the card (the
 * plain case, nearly all of them) is one row of the calculation, so a class of n such stretches is n
 * equal rows: calculatePayments prices one and the totals count it n times, to the penny. The rest (a
 * negotiated rate, or more than one stretch: PRICED_ONE_BY_ONE_SQL) are read one by one, as before.
 * Then every window is priced from the classes in JavaScript by calculatePayments itself.
 */
import { fromDayNumber, toDayNumber, type IsoDate } from '../calendar/dates';
import { londonDaySql } from '../calendar/london-day';
import type { Queryable } from '../db/connect';
import { dayNumberSql, withPlainPlans } from '../db/dialect';
import { isBand } from '../pricing/bands';
import { divideRounded } from '../pricing/money';
import type { RateCard } from '../pricing/rate-card';
import { loadRateCards } from '../pricing/queries';
import { FUNDING_STREAMS, type FundingStream } from '../packages/model';
import {
  paymentRows,
  type CareStretch,
  type PaymentTotal,
  type Payments,
  type PricingTerms,
} from './calculate';
import { negotiatedRates, PRICED_ONE_BY_ONE_SQL, type StretchFilter } from './queries';

export type PaymentTotals = Payments['totals'];

export interface TotalsFilter extends StretchFilter {
  /** Only care still going on this day (started by it, not stopped by it): the budget's projection. */
  ongoingOn?: IsoDate | undefined;
  /** Price from this day, later than `from`; the stretches are still those read for `from`…`to`. */
  pricedFrom?: IsoDate | undefined;
}

/** England's clock rules are written into the SQL for these years; instants outside them read UTC. */
const LONDON_YEARS = { from: 2000, to: 2060 } as const;
const MINUTES_PER_WEEK_DAY = 7 * 60;

/** A stretch's last day as a day number, as queries.ts `lastDayOf` reads it; null while in care. */
function lastDaySql(db: Queryable): string {
  const london = (column: string) => londonDaySql(column, LONDON_YEARS.from, LONDON_YEARS.to);
  const day = (column: string) => dayNumberSql(db, column);
  // As queries.ts, a missing closing instant reads as 0 (1970-01-01), not as care still going on.
  const closed = london('coalesce(p.closed_at, 0)');
  return `case
    when e.handed_back_at is not null then coalesce(${day('e.hand_back_last_visit')}, ${london('e.handed_back_at')})
    when p.current_episode_id is null or e.id <> p.current_episode_id then null
    when p.status = 'ended' then coalesce(${day('p.care_ended_on')}, ${closed})
    when p.status = 'cancelled' then ${closed}
    else null end`;
}

/** Stretches priced alike: `count` plain ones, or one stretch priced one by one (`packageId` set). */
interface StretchClass extends Omit<CareStretch, 'packageId' | 'packageReference'> {
  count: number;
  /** Set only for a stretch priced one by one: its package and provider, which the calculation groups by. */
  packageId: number | null;
  fromDay: number;
  toDay: number | null;
  /** The package's `care_ended_on`: the windows' reads leave out packages that ended before them. */
  endedOn: IsoDate | null;
}

/** What every window needs read: the widest period, and a stream or provider only if all ask for the same. */
function readScope(filters: readonly TotalsFilter[]) {
  const one = <T>(values: T[]) => (new Set(values).size === 1 ? values[0] : undefined);
  const providerIds = filters.map((f) => f.providerId);
  if (new Set(providerIds).size > 1) throw new RangeError('payment totals: one provider for all windows');
  return {
    from: filters.map((f) => f.from).reduce((a, b) => (a < b ? a : b)),
    to: filters.map((f) => f.to).reduce((a, b) => (a > b ? a : b)),
    fundingStream: one(filters.map((f) => f.fundingStream)),
    providerId: providerIds[0],
  };
}

/**
 * The stretch classes of every stretch that may touch the scope: started by its last day, of a
 * package not ended before its first (as queries.ts `careStretches` reads them).
 */
async function stretchClasses(db: Queryable, scope: ReturnType<typeof readScope>): Promise<StretchClass[]> {
  const where = [
    'e.care_started_on is not null and e.care_started_on <= ?',
    '(p.care_ended_on is null or p.care_ended_on >= ?)',
  ];
  const bindings: (string | number)[] = [scope.to, scope.from];
  if (scope.fundingStream !== undefined) {
    where.push('p.funding_stream = ?');
    bindings.push(scope.fundingStream);
  }
  if (scope.providerId !== undefined) {
    where.push('e.awarded_provider_id = ?');
    bindings.push(scope.providerId);
  }
  // Materialized so that the last day and the one-by-one test are worked out once per stretch; the
  // plain ones grouped on day numbers (integers sort faster than dates as text). Plain plans: JIT
  // compiled the clock-change CASEs for longer than they ran (withPlainPlans).
  const rows: Record<string, unknown>[] = await withPlainPlans(db, (db) =>
    db.raw(
      `with s as materialized (
         select case when ${PRICED_ONE_BY_ONE_SQL} then 1 else 0 end as one_by_one,
           e.id, e.package_id, e.awarded_provider_id as provider_id, pr.name as provider_name,
           p.funding_stream as stream, p.band, p.weekly_minutes as wm,
           ${dayNumberSql(db, 'e.care_started_on')} as from_day, ${lastDaySql(db)} as to_day,
           p.care_ended_on as ended_on
         from brokerage_episodes e join packages p on p.id = e.package_id
           join providers pr on pr.id = e.awarded_provider_id
         where ${where.join(' and ')})
       select null as episode_id, null as package_id, null as provider_id, null as provider_name,
         s.stream, s.band, s.wm, s.from_day, s.to_day, s.ended_on, count(*) as n
       from s where s.one_by_one = 0
       group by s.from_day, s.to_day, s.wm, s.band, s.stream, s.ended_on
       union all
       select s.id, s.package_id, s.provider_id, s.provider_name,
         s.stream, s.band, s.wm, s.from_day, s.to_day, s.ended_on, 1
       from s where s.one_by_one = 1`,
      bindings,
    ),
  ).then((result: unknown) => (Array.isArray(result) ? result : (result as { rows: [] }).rows));
  return rows.flatMap((r): StretchClass[] => {
    const band = String(r.band);
    if (!isBand(band)) return [];
    const packageId = r.package_id === null ? null : Number(r.package_id);
    return [
      {
        count: Number(r.n),
        packageId,
        providerId: packageId === null ? 0 : Number(r.provider_id),
        providerName: packageId === null ? '' : String(r.provider_name),
        fundingStream: r.stream as FundingStream,
        band,
        weeklyMinutes: Number(r.wm),
        from: fromDayNumber(Number(r.from_day)),
        to: r.to_day === null ? null : fromDayNumber(Number(r.to_day)),
        fromDay: Number(r.from_day),
        toDay: r.to_day === null ? null : Number(r.to_day),
        endedOn: (r.ended_on as string | null) ?? null,
      },
    ];
  });
}

/** The days priced: `pricedFrom` (or `from`) to `to`. */
const pricedPeriod = (filter: TotalsFilter) => ({ from: filter.pricedFrom ?? filter.from, to: filter.to });

/** The classes one window reads: its period, stream and provider, and the care going on its day. */
function inWindow(c: StretchClass, filter: TotalsFilter): boolean {
  const day = filter.ongoingOn;
  return (
    c.from <= filter.to &&
    (c.endedOn === null || c.endedOn >= filter.from) &&
    (filter.fundingStream === undefined || c.fundingStream === filter.fundingStream) &&
    (day === undefined || (c.from <= day && (c.to === null || c.to > day)))
  );
}

/** Each rate card's days as day numbers, in order: a day is paid on the latest card applied by then. */
function cardSpans(cards: readonly RateCard[]) {
  const sorted = [...cards].sort((a, b) => (a.appliesFrom < b.appliesFrom ? -1 : 1));
  return sorted.map((card, i) => {
    const next = sorted[i + 1];
    return {
      from: toDayNumber(card.appliesFrom),
      to: next ? toDayNumber(next.appliesFrom) - 1 : Number.POSITIVE_INFINITY,
      rates: card.rates,
    };
  });
}

type CardSpans = ReturnType<typeof cardSpans>;

type DayRange = { from: number; to: number };

/** A stretch's days within the priced period from the first card on (calculate.ts `clip`); null if none. */
function paidRange(c: StretchClass, priced: DayRange, spans: CardSpans): DayRange | null {
  const from = Math.max(c.fromDay, priced.from, spans[0]?.from ?? Number.POSITIVE_INFINITY);
  const to = c.toDay === null ? priced.to : Math.min(c.toDay, priced.to);
  return from <= to ? { from, to } : null;
}

/** A day is paid once per provider and package, even if two stretches cover it (calculate.ts `mergeOverlaps`). */
function mergedRanges(ranges: DayRange[]): DayRange[] {
  const merged: DayRange[] = [];
  for (const r of [...ranges].sort((a, b) => a.from - b.from)) {
    const last = merged.at(-1);
    if (last && r.from <= last.to + 1) last.to = Math.max(last.to, r.to);
    else merged.push({ ...r });
  }
  return merged;
}

/**
 * A row paid on the card only, as calculatePayments prices it (./calculate.ts): its days added up
 * per card rate, each rate's amount rounded once; its hours to the hundredth.
 */
function cardRow(ranges: readonly DayRange[], c: StretchClass, spans: CardSpans) {
  const daysByRate = new Map<number, number>();
  let days = 0;
  for (const range of ranges) {
    days += range.to - range.from + 1;
    for (const span of spans) {
      const [lo, hi] = [Math.max(range.from, span.from), Math.min(range.to, span.to)];
      if (lo <= hi)
        daysByRate.set(span.rates[c.band], (daysByRate.get(span.rates[c.band]) ?? 0) + hi - lo + 1);
    }
  }
  let pence = 0;
  for (const [rate, rateDays] of daysByRate)
    pence += divideRounded(rate * c.weeklyMinutes * rateDays, MINUTES_PER_WEEK_DAY);
  return { hundredths: divideRounded(c.weeklyMinutes * days * 100, MINUTES_PER_WEEK_DAY), pence };
}

/**
 * calculatePayments's totals over the window's classes. Rows paid on the card only (every plain
 * class, and packages of several stretches without a negotiated rate) are priced here on day
 * numbers; packages with a negotiated rate go through the calculation itself.
 */
function windowTotals(classes: readonly StretchClass[], filter: TotalsFilter, terms: PricingTerms) {
  const sums = new Map(FUNDING_STREAMS.map((s) => [s, { rows: 0, hundredths: 0, amountPence: 0 }]));
  const add = (stream: FundingStream, rows: number, row: { hundredths: number; pence: number }) => {
    const sum = sums.get(stream)!;
    sum.rows += rows;
    sum.hundredths += rows * row.hundredths;
    sum.amountPence += rows * row.pence;
  };
  const priced = pricedPeriod(filter);
  const pricedDays = { from: toDayNumber(priced.from), to: toDayNumber(priced.to) };
  const spans = cardSpans(terms.cards);
  const negotiated: CareStretch[] = [];
  const byPackage = new Map<string, { c: StretchClass; ranges: DayRange[] }>();
  for (const c of classes) {
    if (!inWindow(c, filter)) continue;
    if (c.packageId !== null && terms.negotiated.has(c.packageId)) {
      negotiated.push({ ...c, packageId: c.packageId, packageReference: null });
      continue;
    }
    const range = paidRange(c, pricedDays, spans);
    if (!range) continue;
    if (c.packageId === null) {
      add(c.fundingStream, c.count, cardRow([range], c, spans));
      continue;
    }
    // One row per package and provider, as the calculation groups them.
    const key = `${c.providerId}:${c.packageId}`;
    const entry = byPackage.get(key) ?? { c, ranges: [] };
    entry.ranges.push(range);
    byPackage.set(key, entry);
  }
  for (const { c, ranges } of byPackage.values())
    add(c.fundingStream, 1, cardRow(mergedRanges(ranges), c, spans));
  for (const row of paymentRows(negotiated, priced, terms))
    add(row.fundingStream, 1, { hundredths: Math.round(row.hours * 100), pence: row.amountPence });
  const byFundingStream = Object.fromEntries(
    FUNDING_STREAMS.map((s) => {
      const { rows, hundredths, amountPence } = sums.get(s)!;
      return [s, { rows, hours: hundredths / 100, amountPence }];
    }),
  ) as Record<FundingStream, PaymentTotal>;
  const streams = Object.values(byFundingStream);
  const all: PaymentTotal = {
    rows: streams.reduce((sum, t) => sum + t.rows, 0),
    hours: Math.round(streams.reduce((sum, t) => sum + t.hours * 100, 0)) / 100,
    amountPence: streams.reduce((sum, t) => sum + t.amountPence, 0),
  };
  return { all, byFundingStream };
}

/**
 * calculatePayments(careStretches(filter), filter).totals for each filter, to the penny, from one read
 * (see the module comment).
 *
 * @example paymentTotalsFor(db, [{ from: '2025-04-01', to: '2026-03-31' }, { from: '2025-04-01', to: '2025-06-30' }])
 */
export async function paymentTotalsFor(
  db: Queryable,
  filters: readonly TotalsFilter[],
): Promise<PaymentTotals[]> {
  const asked = filters.filter((f) => pricedPeriod(f).from <= pricedPeriod(f).to);
  const noTerms: PricingTerms = { cards: [], negotiated: new Map() };
  if (asked.length === 0) return filters.map((f) => windowTotals([], f, noTerms));
  const [classes, cards, negotiated] = await Promise.all([
    stretchClasses(db, readScope(asked)),
    loadRateCards(db),
    negotiatedRates(db),
  ]);
  return filters.map((f) =>
    asked.includes(f) ? windowTotals(classes, f, { cards, negotiated }) : windowTotals([], f, noTerms),
  );
}

/**
 * calculatePayments(careStretches(filter), filter).totals, to the penny, without fetching every
 * stretch (see the module comment).
 *
 * @example paymentTotals(db, { from: '2025-04-01', to: '2026-03-31' }) // { all, byFundingStream }
 */
export async function paymentTotals(db: Queryable, filter: TotalsFilter): Promise<PaymentTotals> {
  return (await paymentTotalsFor(db, [filter]))[0]!;
}
