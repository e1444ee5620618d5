/**
 * The payments export as CSV (docs/payments.md "Columns"): one line per package and provider, then
 * one total line per funding stream (CHC on its own, story H1) and the grand total. Written like the
 * coverage CSV (src/reports/csv.ts): BOM, CRLF, numbers as numbers, formula-like text guarded.
 */
import { FUNDING_STREAMS } from '../packages/model';
import type { Cell } from '../reports/flatten';
import { toCsv } from '../reports/csv';
import type { PaymentRow, Payments, PaymentTotal } from './calculate';

export const PAYMENT_HEADERS = [
  'line',
  'provider_id',
  'provider',
  'package_id',
  'package_reference',
  'funding_stream',
  'band',
  'first_day',
  'last_day',
  'days',
  'weekly_hours',
  'hours',
  'rates',
  'amount_pence',
  'amount_gbp',
] as const;

const gbp = (pence: number) => (pence / 100).toFixed(2);

/** "10 days at 1875p; 21 days at 2000p (negotiated)": each rate's days, in the order first paid. */
export function describeRates(row: PaymentRow): string {
  return row.rates
    .map((r) => `${r.days} days at ${r.hourlyRatePence}p${r.source === 'negotiated' ? ' (negotiated)' : ''}`)
    .join('; ');
}

function rowLine(r: PaymentRow): Cell[] {
  return [
    'package',
    r.providerId,
    r.providerName,
    r.packageId,
    r.packageReference,
    r.fundingStream,
    r.band,
    r.firstDay,
    r.lastDay,
    r.days,
    r.weeklyMinutes / 60,
    r.hours,
    describeRates(r),
    r.amountPence,
    gbp(r.amountPence),
  ];
}

function totalLine(label: string, stream: string | null, t: PaymentTotal): Cell[] {
  return [
    label,
    null,
    null,
    null,
    null,
    stream,
    null,
    null,
    null,
    null,
    null,
    t.hours,
    `${t.rows} rows`,
    t.amountPence,
    gbp(t.amountPence),
  ];
}

export function paymentsCsv(payments: Payments): string {
  const lines = [
    ...payments.rows.map(rowLine),
    ...FUNDING_STREAMS.map((s) => totalLine('total-funding-stream', s, payments.totals.byFundingStream[s])),
    totalLine('total', null, payments.totals.all),
  ];
  return toCsv(PAYMENT_HEADERS, lines);
}
