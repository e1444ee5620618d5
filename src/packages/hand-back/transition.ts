/**
 * The transition of a leaving provider's packages (docs/specification/hand-backs.md §6.5; HC20
 * ¶44: "the transition of their service users will become a priority"): each package it handed back
 * on leaving, where it stands, the most urgent first.
 */
import type { Queryable } from '../../db/connect';
import { NotFound } from '../../errors';
import { URGENCIES } from '../model';

export const TRANSITION_STATES = ['waiting', 're-brokered', 'started', 'closed'] as const;
export type TransitionState = (typeof TRANSITION_STATES)[number];

interface Row {
  id: number;
  reference: string | null;
  zone_id: string;
  band: string;
  urgency: string;
  weekly_minutes: number;
  status: string;
  notice_date: string;
  next_provider_id: number | null;
  next_provider_name: string | null;
  agreed_start: string | null;
  care_started_on: string | null;
}

/** Still waiting for a new provider, awarded to one (re-brokered), care started with it, or closed. */
export function transitionState(row: Pick<Row, 'status' | 'next_provider_id' | 'care_started_on'>) {
  if (row.status === 'ended' || row.status === 'cancelled') return 'closed';
  if (row.next_provider_id === null) return 'waiting';
  return row.care_started_on === null ? 're-brokered' : 'started';
}

/** Waiting first, then re-brokered, started, closed; within each, the soonest notice date, then urgency. */
function byUrgency(a: Row & { state: TransitionState }, b: Row & { state: TransitionState }): number {
  const urgency = (u: string) => -URGENCIES.indexOf(u as (typeof URGENCIES)[number]);
  return (
    TRANSITION_STATES.indexOf(a.state) - TRANSITION_STATES.indexOf(b.state) ||
    a.notice_date.localeCompare(b.notice_date) ||
    urgency(a.urgency) - urgency(b.urgency) ||
    a.id - b.id
  );
}

export async function providerTransition(db: Queryable, providerId: number) {
  const provider = await db('providers')
    .where({ id: providerId })
    .first('id', 'name', 'exit_notice_date', 'exit_recorded_at');
  if (!provider) throw new NotFound('provider-not-found', `No provider ${providerId}.`);
  const rows: Row[] = await db('brokerage_episodes as e')
    .join('packages as k', 'k.id', 'e.package_id')
    .leftJoin('brokerage_episodes as n', 'n.id', 'k.current_episode_id')
    .leftJoin('providers as np', (j) => j.on('np.id', 'n.awarded_provider_id').andOn('n.id', '<>', 'e.id'))
    .where({ 'e.awarded_provider_id': providerId, 'e.hand_back_reason': 'provider-exit' })
    .whereNotNull('e.handed_back_at')
    .select(
      'k.id',
      'k.reference',
      'k.zone_id',
      'k.band',
      'k.urgency',
      'k.weekly_minutes',
      'k.status',
      'e.hand_back_notice_date as notice_date',
      'np.id as next_provider_id',
      'np.name as next_provider_name',
      'n.agreed_start',
      'n.care_started_on',
    );
  const packages = rows.map((r) => ({ ...r, state: transitionState(r) as TransitionState })).sort(byUrgency);
  return {
    provider: { id: provider.id as number, name: provider.name as string },
    exitNoticeDate: (provider.exit_notice_date as string | null) ?? null,
    exitRecordedAt:
      provider.exit_recorded_at === null ? null : new Date(Number(provider.exit_recorded_at)).toISOString(),
    packages: packages.map((p) => ({
      packageId: p.id,
      reference: p.reference,
      zoneId: p.zone_id,
      band: p.band,
      urgency: p.urgency,
      weeklyHours: p.weekly_minutes / 60,
      noticeDate: p.notice_date,
      state: p.state,
      nextProvider:
        p.next_provider_id === null ? null : { id: p.next_provider_id, name: p.next_provider_name! },
      agreedStart: p.next_provider_id === null ? null : p.agreed_start,
      careStartedOn: p.next_provider_id === null ? null : p.care_started_on,
    })),
  };
}
