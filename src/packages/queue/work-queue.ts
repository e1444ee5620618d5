import { careStartOverdueCutoff } from '../care-start-overdue';
import { londonDate } from '../../calendar/dates';
import { withPlainPlans } from '../../db/dialect';
import type { Services } from '../../services';
import type { PackageStatus, Urgency } from '../model';
import type { PlacedEntry, QueueEntry, QueueRules, QueueSort, QueueView } from './views';
import type { SortOrder } from '../../http/params';
import { queueCounts, queuePlaced, type QueueAt } from './placed';
import { answersTo, type Answers } from './rows';
import type { Queryable } from '../../db/connect';

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

type QueueServices = Pick<Services, 'db' | 'config'>;

/** The thresholds from the configuration, returned with the queue so that a page can say what it flags. */
export function queueRules({ config }: Pick<Services, 'config'>): QueueRules {
  return {
    escalateAfterHours: config.allocation.escalateAfterHours,
    careStartOverdueDays: config.allocation.careStartOverdueDays,
  };
}

function queueAt(services: QueueServices, now: number): QueueAt {
  const days = services.config.allocation.careStartOverdueDays;
  return { now, overdueCutoff: careStartOverdueCutoff(londonDate(now), days) };
}

/**
 * One page of the chosen view of the work queue at `now`, with the answers to each row's round, both
 * views counted (with the other filters), and the page number kept within the view's pages.
 */
export async function queuePage(
  services: QueueServices,
  query: { filter: QueueFilter & { view: QueueView }; now: number; page: number; pageSize: number },
): Promise<{ entries: QueueEntry[]; counts: Record<QueueView, number>; page: number }> {
  const { filter, pageSize } = query;
  const at = queueAt(services, query.now);
  return withPlainPlans(services.db, async (db) => {
    const counts = await queueCounts(db, at, filter);
    const page = Math.min(query.page, Math.max(1, Math.ceil(counts[filter.view] / pageSize)));
    const range = { offset: (page - 1) * pageSize, limit: pageSize };
    const entries = await withAnswers(db, await queuePlaced(db, at, filter, range));
    return { entries, counts, page };
  });
}

/** The entries with the answers to their latest rounds' offers: a page reads them for its rows only. */
export async function withAnswers(db: Queryable, entries: PlacedEntry[]): Promise<QueueEntry[]> {
  const answers = await answersTo(
    db,
    entries.flatMap((e) => (e.roundId === null ? [] : [e.roundId])),
  );
  const none: Answers = { offered: 0, accepted: 0, declined: 0, waiting: 0 };
  return entries.map((e) => ({ ...e, answers: (e.roundId !== null && answers.get(e.roundId)) || none }));
}

/** The whole work queue, every entry with its answers (`GET /queue`). */
export async function workQueue(
  services: QueueServices,
  query: { filter: QueueFilter; now: number },
): Promise<WorkQueue> {
  const at = queueAt(services, query.now);
  return withPlainPlans(services.db, async (db) => {
    const counts = await queueCounts(db, at, query.filter);
    const entries = await withAnswers(db, await queuePlaced(db, at, query.filter));
    return { entries, counts, rules: queueRules(services) };
  });
}
