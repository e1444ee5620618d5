/** The provider_risk_ratings table, and what the rule reads: concerns in a month and service held. */
import type { Db, Queryable } from '../db/connect';
import type { ProviderRiskView, RiskInputs, RiskOverride, RiskRag, RiskReason } from './model';

type Row = Record<string, unknown>;
const n = (v: unknown) => Number(v ?? 0);
const iso = (ms: unknown) => new Date(Number(ms)).toISOString();

/** Providers rated for a month: admitted by its last day and not gone from the framework. */
export async function providersToRate(db: Queryable, lastDay: string) {
  const rows: Row[] = await db('providers')
    .whereNot('status', 'exited')
    .where('admitted_on', '<=', lastDay)
    .orderBy('id')
    .select('id', 'name');
  return rows.map((r) => ({ id: Number(r.id), name: String(r.name) }));
}

export type ConcernCounts = Pick<
  RiskInputs,
  'complaints' | 'upheldComplaints' | 'safeguardingConcerns' | 'substantiatedConcerns'
>;

/**
 * Complaints and safeguarding concerns dated in the month, as on record at `asOf` (recorded before
 * it, not withdrawn by then), per provider.
 */
export async function concernCounts(
  db: Queryable,
  window: { first: string; last: string; asOf: number },
): Promise<Map<number, ConcernCounts>> {
  const rows: Row[] = await db('quality_evidence')
    .whereIn('kind', ['complaint', 'upheld-complaint', 'safeguarding-concern'])
    .whereBetween('occurred_on', [window.first, window.last])
    .where('recorded_at', '<', window.asOf)
    .where((q) => q.whereNull('withdrawn_at').orWhere('withdrawn_at', '>=', window.asOf))
    .select('provider_id', 'kind', 'upheld');
  const out = new Map<number, ConcernCounts>();
  for (const r of rows) {
    const id = Number(r.provider_id);
    let c = out.get(id);
    if (!c) {
      c = { complaints: 0, upheldComplaints: 0, safeguardingConcerns: 0, substantiatedConcerns: 0 };
      out.set(id, c);
    }
    const upheld = r.upheld === null ? null : Boolean(r.upheld);
    if (r.kind === 'safeguarding-concern') {
      c.safeguardingConcerns += 1;
      if (upheld === true) c.substantiatedConcerns += 1;
    } else {
      c.complaints += 1;
      if (upheld === true) c.upheldComplaints += 1;
    }
  }
  return out;
}

/** Packages each provider held at `asOf` (awarded before, not handed back nor closed by then) and their weekly minutes. */
export async function serviceHeld(db: Queryable, asOf: number) {
  const rows: Row[] = await db('brokerage_episodes as e')
    .join('packages as p', 'p.id', 'e.package_id')
    .whereNotNull('e.awarded_provider_id')
    .where('e.awarded_at', '<', asOf)
    .where((q) => q.whereNull('e.handed_back_at').orWhere('e.handed_back_at', '>=', asOf))
    .where((q) => q.whereNull('p.closed_at').orWhere('p.closed_at', '>=', asOf))
    .groupBy('e.awarded_provider_id')
    .select(
      'e.awarded_provider_id as provider_id',
      db.raw('count(*) as n'),
      db.raw('sum(p.weekly_minutes) as minutes'),
    );
  return new Map(rows.map((r) => [Number(r.provider_id), { packages: n(r.n), weeklyMinutes: n(r.minutes) }]));
}

export interface RatingRow {
  provider_id: number;
  month: string;
  computed_rag: RiskRag;
  reasons_json: string;
  cqc_overall: string | null;
  complaints: number;
  upheld_complaints: number;
  safeguarding_concerns: number;
  substantiated_concerns: number;
  packages_held: number;
  weekly_minutes_held: number;
  settings_json: string;
  computed_at: number;
}

const COMPUTED: (keyof RatingRow)[] = [
  'computed_rag',
  'reasons_json',
  'cqc_overall',
  'complaints',
  'upheld_complaints',
  'safeguarding_concerns',
  'substantiated_concerns',
  'packages_held',
  'weekly_minutes_held',
  'settings_json',
  'computed_at',
];

/** Stores each provider's month, replacing what an earlier run computed and keeping any override. */
export async function upsertRatings(db: Queryable, rows: readonly RatingRow[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 100) {
    await db('provider_risk_ratings')
      .insert(rows.slice(i, i + 100))
      .onConflict(['provider_id', 'month'])
      .merge(COMPUTED);
  }
}

/** Each provider's stored RAG for a month: as computed, and in force (an override's, else the computed). */
export async function storedRags(db: Queryable, month: string) {
  const rows: Row[] = await db('provider_risk_ratings')
    .where({ month })
    .select('provider_id', 'computed_rag', 'override_rag');
  return new Map(
    rows.map((r) => [
      Number(r.provider_id),
      { computed: r.computed_rag as RiskRag, inForce: (r.override_rag ?? r.computed_rag) as RiskRag },
    ]),
  );
}

export async function monthRated(db: Queryable, month: string): Promise<boolean> {
  return (await db('provider_risk_ratings').where({ month }).first('id')) !== undefined;
}

function toView(r: Row): ProviderRiskView {
  const override: RiskOverride | null =
    r.override_rag === null
      ? null
      : {
          rag: r.override_rag as RiskRag,
          reason: r.override_reason as RiskOverride['reason'],
          comment: (r.override_comment as string | null) ?? null,
          by: r.overridden_by === null ? null : Number(r.overridden_by),
          at: iso(r.overridden_at),
        };
  return {
    providerId: Number(r.provider_id),
    providerName: String(r.provider_name),
    month: String(r.month),
    rag: override?.rag ?? (r.computed_rag as RiskRag),
    computedRag: r.computed_rag as RiskRag,
    reasons: JSON.parse(String(r.reasons_json)) as RiskReason[],
    inputs: {
      cqcOverall: (r.cqc_overall as RiskInputs['cqcOverall']) ?? null,
      complaints: n(r.complaints),
      upheldComplaints: n(r.upheld_complaints),
      safeguardingConcerns: n(r.safeguarding_concerns),
      substantiatedConcerns: n(r.substantiated_concerns),
      packagesHeld: n(r.packages_held),
      weeklyMinutesHeld: n(r.weekly_minutes_held),
    },
    computedAt: iso(r.computed_at),
    override,
  };
}

function ratings(db: Queryable) {
  return db('provider_risk_ratings as r')
    .join('providers as p', 'p.id', 'r.provider_id')
    .select('r.*', 'p.name as provider_name');
}

/** Every provider's rating for the month, by provider name. */
export async function listRatings(db: Db, month: string): Promise<ProviderRiskView[]> {
  const rows: Row[] = await ratings(db).where('r.month', month).orderBy(['p.name', 'r.provider_id']);
  return rows.map(toView);
}

export async function findRating(db: Queryable, providerId: number, month: string) {
  const row: Row | undefined = await ratings(db)
    .where({ 'r.provider_id': providerId, 'r.month': month })
    .first();
  return row === undefined ? null : toView(row);
}

export async function setOverride(
  db: Queryable,
  key: { providerId: number; month: string },
  override: { rag: RiskRag; reason: string; comment: string | null; by: number | null; at: number },
): Promise<void> {
  await db('provider_risk_ratings').where({ provider_id: key.providerId, month: key.month }).update({
    override_rag: override.rag,
    override_reason: override.reason,
    override_comment: override.comment,
    overridden_by: override.by,
    overridden_at: override.at,
  });
}
