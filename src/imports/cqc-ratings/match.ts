/**
 * Matches checked rows of a CQC file to the providers' registered locations and says, row by row,
 * what recording it would do (docs/cqc-ratings.md "Outcomes"). A location the register does not
 * know is linked when its "Provider ID" is one a provider's other location already carries: the
 * provider has opened another registered location.
 */
import type { Queryable } from '../../db/connect';
import {
  currentEntries,
  type CqcRating,
  type KeyQuestion,
  type RatingEntry,
} from '../../providers/cqc/model';
import {
  linkLocation,
  linkedLocations,
  ratingEntries,
  rememberCqcProviderId,
  type LocationRow,
  type NewRating,
} from '../../providers/cqc/queries';
import { COLUMNS } from './layout';
import type { CheckedRow, Refusal } from './parse';

export const OUTCOMES = ['changed', 'republished', 'history', 'unchanged', 'unmatched'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export interface RowOutcome {
  row: number;
  locationId: string;
  cqcProviderId: string | null;
  providerId: number | null;
  keyQuestion: KeyQuestion;
  rating: CqcRating;
  publishedOn: string;
  outcome: Outcome;
  /** The location's current rating for the key question before this row, if any. */
  before: { rating: CqcRating; publishedOn: string } | null;
  /** True when this row linked a location new to the register (matched by "Provider ID"). */
  newLocation: boolean;
}

interface Matching {
  locations: Map<string, LocationRow>;
  /** CQC provider id → our provider, where exactly one of our providers carries it. */
  byCqcProvider: Map<string, number>;
  current: Map<string, RatingEntry>;
  onRecord: Set<string>;
}

const slot = (r: { locationId: string; keyQuestion: string }) => `${r.locationId}|${r.keyQuestion}`;
const fact = (r: { locationId: string; keyQuestion: string; publishedOn: string; rating: string }) =>
  `${slot(r)}|${r.publishedOn}|${r.rating}`;

async function matching(db: Queryable): Promise<Matching> {
  const locations = await linkedLocations(db);
  const owners = new Map<string, Set<number>>();
  for (const l of locations.values()) {
    if (l.cqc_provider_id === null) continue;
    owners.set(l.cqc_provider_id, (owners.get(l.cqc_provider_id) ?? new Set()).add(l.provider_id));
  }
  const byCqcProvider = new Map(
    [...owners].filter(([, ids]) => ids.size === 1).map(([cqcId, ids]) => [cqcId, [...ids][0]!]),
  );
  const entries = await ratingEntries(db);
  return {
    locations,
    byCqcProvider,
    current: new Map(currentEntries(entries).map((e) => [slot(e), e])),
    onRecord: new Set(entries.map(fact)),
  };
}

/** Each row's outcome, the ratings to record, and rows refused for a provider id that contradicts ours. */
export async function matchRows(
  db: Queryable,
  rows: readonly CheckedRow[],
  now: number,
): Promise<{ outcomes: RowOutcome[]; ratings: NewRating[]; refusals: Refusal[] }> {
  const m = await matching(db);
  const out = { outcomes: [] as RowOutcome[], ratings: [] as NewRating[], refusals: [] as Refusal[] };
  for (const row of rows) {
    let location = m.locations.get(row.locationId);
    let newLocation = false;
    const owner = row.cqcProviderId === null ? undefined : m.byCqcProvider.get(row.cqcProviderId);
    if (!location && owner !== undefined) {
      location = { cqc_location_id: row.locationId, provider_id: owner, cqc_provider_id: row.cqcProviderId };
      await linkLocation(db, {
        locationId: row.locationId,
        providerId: owner,
        now,
        cqcProviderId: row.cqcProviderId,
      });
      m.locations.set(row.locationId, location);
      newLocation = true;
    }
    const base = {
      row: row.row,
      locationId: row.locationId,
      cqcProviderId: row.cqcProviderId,
      keyQuestion: row.keyQuestion,
      rating: row.rating,
      publishedOn: row.publishedOn,
      providerId: location?.provider_id ?? null,
      newLocation,
      before: null,
    };
    if (!location) {
      out.outcomes.push({ ...base, outcome: 'unmatched' });
      continue;
    }
    if (
      row.cqcProviderId !== null &&
      location.cqc_provider_id !== null &&
      location.cqc_provider_id !== row.cqcProviderId
    ) {
      out.refusals.push({
        row: row.row,
        column: COLUMNS.providerId,
        reason: `location ${row.locationId} is registered to CQC provider ${location.cqc_provider_id}, not ${row.cqcProviderId}`,
      });
      continue;
    }
    if (row.cqcProviderId !== null && location.cqc_provider_id === null) {
      await rememberCqcProviderId(db, row.locationId, row.cqcProviderId);
      location.cqc_provider_id = row.cqcProviderId;
      m.byCqcProvider.set(row.cqcProviderId, location.provider_id);
    }
    const judged = judge(m, row, base);
    out.outcomes.push(judged);
    const { locationId, keyQuestion, rating, publishedOn } = row;
    if (judged.outcome !== 'unchanged') out.ratings.push({ locationId, keyQuestion, rating, publishedOn });
  }
  return out;
}

/** What recording the row does to its location's rating for the key question. */
function judge(m: Matching, row: CheckedRow, base: Omit<RowOutcome, 'outcome'>): RowOutcome {
  const held = m.current.get(slot(row));
  const before = held ? { rating: held.rating, publishedOn: held.publishedOn } : null;
  if (m.onRecord.has(fact(row))) return { ...base, before, outcome: 'unchanged' };
  m.onRecord.add(fact(row));
  if (held && row.publishedOn < held.publishedOn) return { ...base, before, outcome: 'history' };
  const entry = { id: Number.MAX_SAFE_INTEGER, providerId: base.providerId!, ...row };
  m.current.set(slot(row), entry);
  return { ...base, before, outcome: held?.rating === row.rating ? 'republished' : 'changed' };
}
