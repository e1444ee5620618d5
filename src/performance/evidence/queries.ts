/** The quality_evidence table. */
import type { Db, Queryable } from '../../db/connect';
import { providerOrNotFound } from '../access';
import type { DistrictCode } from '../../zones/districts';
import type { ConcernOutcome } from './concerns';
import type { CqcRating, EvidenceKind, EvidenceView, NewEvidence, Rag } from './model';

interface EvidenceRow {
  id: number;
  provider_id: number;
  kind: EvidenceKind;
  occurred_on: string;
  visit_score: number | null;
  visit_rag: Rag | null;
  cqc_rating: CqcRating | null;
  category: string | null;
  outcome: ConcernOutcome | null;
  upheld: boolean | number | null;
  district: DistrictCode | null;
  reference: string | null;
  recorded_at: number;
  recorded_by: number | null;
  withdrawn_at: number | null;
  withdrawn_by: number | null;
  withdrawn_reason: string | null;
}

/** What the score reads of one piece of evidence. */
export type EvidenceFact = Pick<
  EvidenceRow,
  'provider_id' | 'kind' | 'occurred_on' | 'visit_score' | 'cqc_rating' | 'upheld'
>;

const iso = (ms: number) => new Date(Number(ms)).toISOString();

/** SQLite answers a boolean as 0/1, PostgreSQL as true/false. */
export const flag = (v: boolean | number | null): boolean | null => (v === null ? null : Boolean(v));

function toView(r: EvidenceRow): EvidenceView {
  return {
    id: r.id,
    providerId: r.provider_id,
    kind: r.kind,
    occurredOn: r.occurred_on,
    score: r.visit_score,
    rag: r.visit_rag,
    rating: r.cqc_rating,
    category: r.category,
    outcome: r.outcome,
    upheld: flag(r.upheld),
    district: r.district,
    reference: r.reference,
    recordedAt: iso(r.recorded_at),
    recordedBy: r.recorded_by,
    withdrawn:
      r.withdrawn_at === null
        ? null
        : { at: iso(r.withdrawn_at), by: r.withdrawn_by, reason: r.withdrawn_reason ?? 'other' },
  };
}

/** The row a new piece of evidence is stored as. */
export function evidenceRow(
  providerId: number,
  input: NewEvidence,
  recorded: { at: number; by: number | null },
) {
  return {
    provider_id: providerId,
    kind: input.kind,
    occurred_on: input.occurredOn,
    visit_score: input.kind === 'monitoring-visit' ? input.score : null,
    visit_rag: input.kind === 'monitoring-visit' ? input.rag : null,
    cqc_rating: input.kind === 'cqc-rating' ? input.rating : null,
    ...concernColumns(input),
    reference: input.reference ?? null,
    recorded_at: recorded.at,
    recorded_by: recorded.by,
  };
}

/** A complaint's or concern's details; an upheld complaint of the earlier kind is upheld by definition. */
function concernColumns(input: NewEvidence) {
  const none = { category: null, outcome: null, upheld: null, district: null };
  if (input.kind === 'upheld-complaint') return { ...none, upheld: true };
  if (input.kind !== 'complaint' && input.kind !== 'safeguarding-concern') return none;
  return {
    category: input.category ?? null,
    outcome: input.outcome ?? null,
    upheld: input.upheld ?? null,
    district: input.district ?? null,
  };
}

export async function insertEvidence(db: Db, row: ReturnType<typeof evidenceRow>): Promise<number> {
  const [inserted] = await db('quality_evidence').insert(row).returning('id');
  return (inserted as { id: number }).id;
}

export async function findEvidence(db: Db, id: number): Promise<EvidenceView> {
  return toView((await db('quality_evidence').where({ id }).first()) as EvidenceRow);
}

export async function evidenceExists(db: Db, providerId: number, evidenceId: number): Promise<boolean> {
  const row = await db('quality_evidence').where({ id: evidenceId, provider_id: providerId }).first('id');
  return row !== undefined;
}

/** Marks evidence withdrawn unless it already is; false when it already was. */
export async function markWithdrawn(
  db: Db,
  evidenceId: number,
  withdrawal: { at: number; by: number | null; reason: string },
): Promise<boolean> {
  const updated = await db('quality_evidence').where({ id: evidenceId }).whereNull('withdrawn_at').update({
    withdrawn_at: withdrawal.at,
    withdrawn_by: withdrawal.by,
    withdrawn_reason: withdrawal.reason,
  });
  return updated === 1;
}

export async function listEvidence(db: Db, providerId: number, range: { from?: string; to?: string }) {
  await providerOrNotFound(db, providerId);
  const rows = (await db('quality_evidence')
    .where({ provider_id: providerId })
    .modify((q) => {
      if (range.from) q.where('occurred_on', '>=', range.from);
      if (range.to) q.where('occurred_on', '<=', range.to);
    })
    .orderBy([
      { column: 'occurred_on', order: 'desc' },
      { column: 'id', order: 'desc' },
    ])) as EvidenceRow[];
  return rows.map(toView);
}

/**
 * Evidence as it stood at `asOf` (recorded before it, not withdrawn by then, dated by `today`) and
 * dated after `since`; in provider and date order. CQC rating rows are left out: the score reads
 * the ratings register instead (summary.ts).
 */
export async function evidenceFacts(
  db: Db,
  window: { asOf: number; today: string; since: string },
  providerIds?: readonly number[],
): Promise<EvidenceFact[]> {
  return (await db('quality_evidence')
    .where('recorded_at', '<', window.asOf)
    .where((q) => q.whereNull('withdrawn_at').orWhere('withdrawn_at', '>=', window.asOf))
    .where('occurred_on', '<=', window.today)
    .whereNot('kind', 'cqc-rating')
    .where('occurred_on', '>', window.since)
    .modify((q) => {
      if (providerIds) q.whereIn('provider_id', providerIds);
    })
    .orderBy(['provider_id', 'occurred_on', 'id'])
    .select('provider_id', 'kind', 'occurred_on', 'visit_score', 'cqc_rating', 'upheld')) as EvidenceFact[];
}

/** The day a provider joined the framework: its evidence cannot be dated earlier. */
export async function admittedOn(db: Queryable, providerId: number): Promise<string> {
  const row = await db('providers').where({ id: providerId }).first('admitted_on');
  return String(row.admitted_on);
}
