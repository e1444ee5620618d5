/**
 * Quality of service delivery evidence (domain.md §5.1 "Quality of service delivery", §5.3):
 * admins and officers record it per provider, dated; it is withdrawn, never deleted, so a past
 * score can still be explained. Structured fields only: no free text about people.
 */
import type { Knex } from 'knex';
import { recordAudit } from '../audit/record';
import type { Actor } from '../auth/roles';
import { londonDate } from '../clock';
import type { Db } from '../db/connect';
import { Conflict, NotFound, Unprocessable } from '../http/errors';
import { addDays } from '../pricing/dates';
import type { CqcRating, EvidenceKind, Rag } from './model';

type Queryable = Knex | Knex.Transaction;

export type NewEvidence =
  | { kind: 'monitoring-visit'; occurredOn: string; score: number; rag: Rag; reference?: string }
  | { kind: 'upheld-complaint' | 'safeguarding-concern'; occurredOn: string; reference?: string }
  | { kind: 'cqc-rating'; occurredOn: string; rating: CqcRating; reference?: string };

export interface EvidenceView {
  id: number;
  providerId: number;
  kind: EvidenceKind;
  occurredOn: string;
  score: number | null;
  rag: Rag | null;
  rating: CqcRating | null;
  reference: string | null;
  recordedAt: string;
  recordedBy: number | null;
  withdrawn: { at: string; by: number | null; reason: string } | null;
}

interface EvidenceRow {
  id: number;
  provider_id: number;
  kind: EvidenceKind;
  occurred_on: string;
  visit_score: number | null;
  visit_rag: Rag | null;
  cqc_rating: CqcRating | null;
  reference: string | null;
  recorded_at: number;
  recorded_by: number | null;
  withdrawn_at: number | null;
  withdrawn_by: number | null;
  withdrawn_reason: string | null;
}

const iso = (ms: number) => new Date(Number(ms)).toISOString();

function toView(r: EvidenceRow): EvidenceView {
  return {
    id: r.id,
    providerId: r.provider_id,
    kind: r.kind,
    occurredOn: r.occurred_on,
    score: r.visit_score,
    rag: r.visit_rag,
    rating: r.cqc_rating,
    reference: r.reference,
    recordedAt: iso(r.recorded_at),
    recordedBy: r.recorded_by,
    withdrawn:
      r.withdrawn_at === null
        ? null
        : { at: iso(r.withdrawn_at), by: r.withdrawn_by, reason: r.withdrawn_reason ?? 'other' },
  };
}

async function assertProvider(db: Queryable, providerId: number): Promise<void> {
  if (!(await db('providers').where({ id: providerId }).first('id'))) {
    throw new NotFound('provider-not-found', `No provider ${providerId}.`);
  }
}

export async function recordEvidence(
  db: Db,
  actor: Actor,
  providerId: number,
  input: NewEvidence,
  now: number,
) {
  if (input.occurredOn > londonDate(now)) {
    throw new Unprocessable(
      'evidence-in-future',
      `Evidence cannot be dated after today (${londonDate(now)}).`,
    );
  }
  return db.transaction(async (trx) => {
    await assertProvider(trx, providerId);
    const row = {
      provider_id: providerId,
      kind: input.kind,
      occurred_on: input.occurredOn,
      visit_score: input.kind === 'monitoring-visit' ? input.score : null,
      visit_rag: input.kind === 'monitoring-visit' ? input.rag : null,
      cqc_rating: input.kind === 'cqc-rating' ? input.rating : null,
      reference: input.reference ?? null,
      recorded_at: now,
      recorded_by: actor.userId,
    };
    const [inserted] = await trx('quality_evidence').insert(row).returning('id');
    const id = (inserted as { id: number }).id;
    await recordAudit(trx, actor, now, {
      action: 'quality-evidence.record',
      entityType: 'provider',
      entityId: providerId,
      // The reference stays out of the append-only trail, so that an erasure (src/privacy) can forget it.
      after: { evidenceId: id, ...row, reference: row.reference === null ? null : '[withheld]' },
    });
    if (input.kind === 'cqc-rating') await applyLatestCqcRating(trx, actor, providerId, input, now);
    return toView((await trx('quality_evidence').where({ id }).first()) as EvidenceRow);
  });
}

/**
 * A CQC rating change is also the provider's current overall rating when nothing newer is on
 * record, so that allocation (which excludes Inadequate providers) acts on it at once.
 */
async function applyLatestCqcRating(
  trx: Queryable,
  actor: Actor,
  providerId: number,
  input: { occurredOn: string; rating: CqcRating },
  now: number,
) {
  const newer = await trx('quality_evidence')
    .where({ provider_id: providerId, kind: 'cqc-rating' })
    .where('occurred_on', '>', input.occurredOn)
    .first('id');
  if (newer) return;
  const provider = await trx('providers').where({ id: providerId }).first('cqc_overall');
  if (provider.cqc_overall === input.rating) return;
  await trx('providers')
    .where({ id: providerId })
    .update({ cqc_overall: input.rating, updated_at: now, version: trx.raw('version + 1') });
  await recordAudit(trx, actor, now, {
    action: 'provider.cqc-rating',
    entityType: 'provider',
    entityId: providerId,
    before: { cqcOverall: provider.cqc_overall },
    after: { cqcOverall: input.rating, ratedOn: input.occurredOn },
  });
}

export async function withdrawEvidence(
  db: Db,
  actor: Actor,
  providerId: number,
  evidenceId: number,
  reason: string,
  now: number,
) {
  return db.transaction(async (trx) => {
    const row = (await trx('quality_evidence').where({ id: evidenceId, provider_id: providerId }).first()) as
      EvidenceRow | undefined;
    if (!row)
      throw new NotFound('evidence-not-found', `No evidence ${evidenceId} for provider ${providerId}.`);
    const updated = await trx('quality_evidence')
      .where({ id: evidenceId })
      .whereNull('withdrawn_at')
      .update({ withdrawn_at: now, withdrawn_by: actor.userId, withdrawn_reason: reason });
    if (updated !== 1)
      throw new Conflict('evidence-already-withdrawn', `Evidence ${evidenceId} is already withdrawn.`);
    await recordAudit(trx, actor, now, {
      action: 'quality-evidence.withdraw',
      entityType: 'provider',
      entityId: providerId,
      before: { evidenceId, withdrawn: false },
      after: { evidenceId, withdrawn: true, reason },
    });
    return toView((await trx('quality_evidence').where({ id: evidenceId }).first()) as EvidenceRow);
  });
}

export async function listEvidence(db: Queryable, providerId: number, range: { from?: string; to?: string }) {
  await assertProvider(db, providerId);
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

export interface QualityEvidenceSummary {
  visitScores: number[];
  cqcRating: CqcRating | null;
  cqcRatedOn: string | null;
  upheldComplaints: number;
  safeguardingConcerns: number;
}

export const NO_QUALITY_EVIDENCE: QualityEvidenceSummary = {
  visitScores: [],
  cqcRating: null,
  cqcRatedOn: null,
  upheldComplaints: 0,
  safeguardingConcerns: 0,
};

/**
 * Each provider's quality evidence as it stood at `asOf`: recorded before it and not yet withdrawn,
 * visits, complaints and concerns dated within the `days` before, and the latest CQC rating
 * whenever it was given (a rating stands until the next one).
 */
export async function qualityEvidenceAt(
  db: Queryable,
  asOf: number,
  days: number,
  providerIds?: readonly number[],
): Promise<Map<number, QualityEvidenceSummary>> {
  const today = londonDate(asOf);
  const since = addDays(today, -days);
  const rows = (await db('quality_evidence')
    .where('recorded_at', '<', asOf)
    .where((q) => q.whereNull('withdrawn_at').orWhere('withdrawn_at', '>=', asOf))
    .where('occurred_on', '<=', today)
    .where((q) => q.where('kind', 'cqc-rating').orWhere('occurred_on', '>', since))
    .modify((q) => {
      if (providerIds) q.whereIn('provider_id', providerIds);
    })
    .orderBy(['provider_id', 'occurred_on', 'id'])
    .select('provider_id', 'kind', 'occurred_on', 'visit_score', 'cqc_rating')) as Pick<
    EvidenceRow,
    'provider_id' | 'kind' | 'occurred_on' | 'visit_score' | 'cqc_rating'
  >[];
  const out = new Map<number, QualityEvidenceSummary>();
  for (const r of rows) {
    let s = out.get(r.provider_id);
    if (!s) out.set(r.provider_id, (s = { ...NO_QUALITY_EVIDENCE, visitScores: [] }));
    if (r.kind === 'monitoring-visit') s.visitScores.push(Number(r.visit_score));
    else if (r.kind === 'upheld-complaint') s.upheldComplaints += 1;
    else if (r.kind === 'safeguarding-concern') s.safeguardingConcerns += 1;
    else if (r.kind === 'cqc-rating') {
      // Rows come in date order, so the last one seen is the rating in force.
      s.cqcRating = r.cqc_rating;
      s.cqcRatedOn = r.occurred_on;
    }
  }
  return out;
}
