import { careStartOverdueCutoff } from '../care-start-overdue';
import { londonDate } from '../../calendar/dates';
import type { Services } from '../../services';
import type { PackageStatus, Urgency } from '../model';
import {
  classify,
  sortEntries,
  type PlacedEntry,
  type QueueEntry,
  type QueueRules,
  type QueueSort,
  type QueueView,
} from './classify';
import type { SortOrder } from '../../http/params';
import { answersTo, queueRows, type Answers } from './rows';

export interface QueueFilter {
  view?: QueueView;
  zone?: string;
  band?: string;
  urgency?: Urgency;
  status?: PackageStatus;
  sort?: QueueSort;
  order?: SortOrder;
}

export interface WorkQueue<E extends PlacedEntry = QueueEntry> {
  entries: E[];
  /** How many match the other filters in each view, for the sub-navigation. */
  counts: Record<QueueView, number>;
  rules: QueueRules;
}

function matches(entry: PlacedEntry, filter: QueueFilter): boolean {
  return (
    (!filter.zone || entry.zoneId === filter.zone) &&
    (!filter.band || entry.band === filter.band) &&
    (!filter.urgency || entry.urgency === filter.urgency) &&
    (!filter.status || entry.status === filter.status)
  );
}

/**
 * The officers' work queue at `now`: both views counted, the chosen one (or both, needing action
 * first) filtered and sorted, without the answers to each round (see `withAnswers`). The thresholds
 * come from the configuration and are returned with it, so the page can say what it flags and when.
 */
export async function queueEntries(
  { db, config }: Pick<Services, 'db' | 'config'>,
  query: { filter: QueueFilter; now: number },
): Promise<WorkQueue<PlacedEntry>> {
  const { filter, now } = query;
  const rules: QueueRules = {
    escalateAfterHours: config.allocation.escalateAfterHours,
    careStartOverdueDays: config.allocation.careStartOverdueDays,
  };
  const today = londonDate(now);
  const rows = await queueRows(db, careStartOverdueCutoff(today, rules.careStartOverdueDays));
  const placed = rows
    .map((row) => classify(row, { now, today, rules }))
    .filter((e): e is PlacedEntry => e !== null && matches(e, filter));
  const counts = {
    'needs-action': placed.filter((e) => e.view === 'needs-action').length,
    'with-providers': placed.filter((e) => e.view === 'with-providers').length,
  };
  const sorted = sortEntries(placed, filter.sort ?? 'priority', filter.order ?? 'asc');
  const entries = filter.view
    ? sorted.filter((e) => e.view === filter.view)
    : [
        ...sorted.filter((e) => e.view === 'needs-action'),
        ...sorted.filter((e) => e.view === 'with-providers'),
      ];
  return { entries, counts, rules };
}

/** The entries with the answers to their latest rounds' offers: a page reads them for its rows only. */
export async function withAnswers(db: Services['db'], entries: PlacedEntry[]): Promise<QueueEntry[]> {
  const answers = await answersTo(
    db,
    entries.flatMap((e) => (e.roundId === null ? [] : [e.roundId])),
  );
  const none: Answers = { offered: 0, accepted: 0, declined: 0, waiting: 0 };
  return entries.map((e) => ({ ...e, answers: (e.roundId !== null && answers.get(e.roundId)) || none }));
}

/** The whole work queue, every entry with its answers (`GET /queue`). */
export async function workQueue(
  services: Pick<Services, 'db' | 'config'>,
  query: { filter: QueueFilter; now: number },
): Promise<WorkQueue> {
  const queue = await queueEntries(services, query);
  return { ...queue, entries: await withAnswers(services.db, queue.entries) };
}
