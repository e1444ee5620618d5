/**
 * The officers' work queue (docs/specification/roles-and-stories.md §9.2, story BO8; allocation.md §5.9
 * for escalation): which packages need an officer now, which
 * are with providers, and in what order. Pure: rows in (./rows.ts), views out.
 */
import { TRANSITIONS, type Urgency } from '../model';
import { careStartOverdue } from '../care-start-overdue';
import type { SortOrder } from '../../http/params';
import type { Answers, QueueRow } from './rows';

export const QUEUE_VIEWS = ['needs-action', 'with-providers'] as const;
export type QueueView = (typeof QUEUE_VIEWS)[number];

/** Why a package needs an officer; a package can have several. */
export const ACTION_REASONS = [
  'escalated',
  'unplaced',
  'handed-back',
  'start-overdue',
  'no-open-round',
  'short-notice',
] as const;
export type ActionReason = (typeof ACTION_REASONS)[number];

export const QUEUE_SORTS = [
  'priority',
  'reference',
  'zone',
  'band',
  'hours',
  'urgency',
  'wanted-start',
  'time-left',
  'waited',
] as const;
export type QueueSort = (typeof QUEUE_SORTS)[number];

export interface QueueRules {
  escalateAfterHours: number;
  careStartOverdueDays: number;
}

/** A row placed in a view, before the answers to its round are read. */
export interface PlacedEntry extends QueueRow {
  view: QueueView;
  reasons: ActionReason[];
  /** Unplaced after its rounds: an officer may widen the search (round 3). */
  canWiden: boolean;
  waitedMinutes: number;
  minutesLeftInWindow: number | null;
}

/** A placed row with the answers to its latest round's offers, as the queue shows it. */
export type QueueEntry = PlacedEntry & { answers: Answers };

function reasonsFor(row: QueueRow, today: string, rules: QueueRules): ActionReason[] {
  const reasons: ActionReason[] = [];
  if (row.escalatedAt !== null && row.status !== 'awarded') reasons.push('escalated');
  if (row.status === 'unplaced') reasons.push('unplaced');
  if (row.openedBecause === 'hand-back' && row.status !== 'awarded') reasons.push('handed-back');
  if (careStartOverdue(row, today, rules.careStartOverdueDays)) reasons.push('start-overdue');
  if (row.status === 'brokering' && !row.round?.open) reasons.push('no-open-round');
  if (row.shortNoticePending) reasons.push('short-notice');
  return reasons;
}

/** Places one row: needs action when any reason applies, else with providers (an open round). */
export function classify(
  row: QueueRow,
  at: { now: number; today: string; rules: QueueRules },
): PlacedEntry | null {
  const reasons = reasonsFor(row, at.today, at.rules);
  const open = row.round?.open === true;
  if (reasons.length === 0 && !open) return null;
  return {
    ...row,
    view: reasons.length > 0 ? 'needs-action' : 'with-providers',
    reasons,
    canWiden: TRANSITIONS.widen!.includes(row.status),
    waitedMinutes: Math.max(0, Math.floor((at.now - row.createdAt) / 60_000)),
    minutesLeftInWindow:
      open && row.round ? Math.max(0, Math.ceil((row.round.deadlineAt - at.now) / 60_000)) : null,
  };
}

/** Hospital discharge and urgent come before standard (docs/specification/allocation.md §5.13: discharges go first). */
export function urgencyRank(urgency: Urgency): number {
  return urgency === 'standard' ? 1 : 0;
}

type Key = (e: PlacedEntry) => number | string | null;

const SORT_KEYS: Record<Exclude<QueueSort, 'priority'>, Key> = {
  reference: (e) => e.reference,
  zone: (e) => e.zoneName,
  band: (e) => e.band,
  hours: (e) => e.weeklyMinutes,
  urgency: (e) => urgencyRank(e.urgency),
  'wanted-start': (e) => e.wantedStart,
  'time-left': (e) => e.minutesLeftInWindow,
  waited: (e) => e.waitedMinutes,
};

function compareValues(a: number | string | null, b: number | string | null): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a).localeCompare(String(b));
}

/**
 * The default order: urgent and hospital discharge first; then, needing action, the longest
 * waiting first; with providers, the soonest window end first. Ties by package id.
 */
function byPriority(a: PlacedEntry, b: PlacedEntry): number {
  const urgency = urgencyRank(a.urgency) - urgencyRank(b.urgency);
  if (urgency !== 0) return urgency;
  if (a.view === 'with-providers' && b.view === 'with-providers') {
    const left = compareValues(a.minutesLeftInWindow, b.minutesLeftInWindow);
    if (left !== 0) return left;
  }
  return b.waitedMinutes - a.waitedMinutes || a.id - b.id;
}

/** Sorts by a column (empty values last whichever the order), ties in priority order. */
export function sortEntries<E extends PlacedEntry>(entries: E[], sort: QueueSort, order: SortOrder): E[] {
  if (sort === 'priority') return [...entries].sort(byPriority);
  const key = SORT_KEYS[sort];
  const sign = order === 'asc' ? 1 : -1;
  return [...entries].sort((a, b) => {
    const [x, y] = [key(a), key(b)];
    if (x === null || y === null) return compareValues(x, y) || byPriority(a, b);
    return sign * compareValues(x, y) || byPriority(a, b);
  });
}
