/**
 * The officers' work queue's terms (docs/specification/roles-and-stories.md §9.2, story BO8;
 * allocation.md §5.9 for escalation): its two views, why a package needs an officer, the orders it
 * can be sorted in, and the entries it lists. Which package falls where, and the order, are decided
 * in SQL by ./placed.ts and ./order.ts.
 */
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
