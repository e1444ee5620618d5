/**
 * The provider-level report's rows as flat records for CSV and GeoJSON: one row per provider and
 * zone, and (CSV only) one per provider over all its zones (zone_id 'all').
 */
import { DECLINE_REASONS, HAND_BACK_REASONS } from '../packages/model';
import type { KpiSet } from '../performance/kpis/kpis';
import type { Cell } from './flatten';

const snake = (s: string) => s.replaceAll('-', '_');

export interface ProviderRowInput {
  provider: { id: number; name: string };
  zone: { id: string; name: string } | null;
  role: string | null;
  kpis: KpiSet;
}

type Column = readonly [header: string, value: (row: ProviderRowInput) => Cell];

export const PROVIDER_COLUMNS: readonly Column[] = [
  ['provider_id', (r) => r.provider.id],
  ['provider_name', (r) => r.provider.name],
  ['zone_id', (r) => r.zone?.id ?? 'all'],
  ['zone_name', (r) => r.zone?.name ?? 'All zones'],
  ['role', (r) => r.role],
  ['offers_received', (r) => r.kpis.offers.received],
  ['offers_decided', (r) => r.kpis.offers.decided],
  ['responded_in_window', (r) => r.kpis.offers.respondedInWindow],
  ['responded_in_window_pct', (r) => r.kpis.offers.respondedInWindowPct],
  ['accepted', (r) => r.kpis.offers.accepted],
  ['accepted_pct', (r) => r.kpis.offers.acceptedPct],
  ['expired', (r) => r.kpis.offers.expired],
  ['declined', (r) => r.kpis.offers.declined],
  ...DECLINE_REASONS.map((d): Column => [
    `declined_${snake(d)}`,
    (r) => r.kpis.offers.declinedByReason[d] ?? 0,
  ]),
  ['response_median_minutes', (r) => r.kpis.offers.responseMinutes.median],
  ['response_p90_minutes', (r) => r.kpis.offers.responseMinutes.p90],
  ['awards', (r) => r.kpis.pickUp.awarded],
  ['pick_up_median_hours', (r) => r.kpis.pickUp.medianHours],
  ['pick_up_p90_hours', (r) => r.kpis.pickUp.p90Hours],
  ['pick_up_within_target', (r) => r.kpis.pickUp.withinTarget],
  ['pick_up_within_target_pct', (r) => r.kpis.pickUp.withinTargetPct],
  ['care_started', (r) => r.kpis.careStart.started],
  ['care_start_median_days_from_award', (r) => r.kpis.careStart.medianDaysFromAward],
  ['care_starts_judged', (r) => r.kpis.careStart.judged],
  ['care_started_by_agreed_date', (r) => r.kpis.careStart.startedByAgreedDate],
  ['care_started_by_agreed_date_pct', (r) => r.kpis.careStart.startedByAgreedDatePct],
  ['hand_backs', (r) => r.kpis.handBacks.count],
  ['hand_backs_per_100_awarded', (r) => r.kpis.handBacks.per100Awarded],
  ['hand_back_weekly_hours', (r) => r.kpis.handBacks.weeklyHours],
  ...HAND_BACK_REASONS.map((h): Column => [
    `hand_backs_${snake(h)}`,
    (r) => r.kpis.handBacks.byReason[h]?.count ?? 0,
  ]),
  ['held_packages', (r) => r.kpis.held.packages],
  ['held_weekly_hours', (r) => r.kpis.held.weeklyHours],
];

export const PROVIDER_HEADERS = PROVIDER_COLUMNS.map(([header]) => header);

export function flattenProviderRow(row: ProviderRowInput): Record<string, Cell> {
  return Object.fromEntries(PROVIDER_COLUMNS.map(([header, value]) => [header, value(row)]));
}
