/** Reads of admission rounds, applications and readiness checks, as plain typed objects. */
import type { Knex } from 'knex';
import { toBool } from '../db/dialect';
import type { ZoneRole } from '../providers/model';
import type {
  AdmissionRound,
  Application,
  ApplicationRole,
  ApplicationStatus,
  CheckGroup,
  CheckItem,
  CheckOutcome,
  ReadinessItem,
  RoundKind,
} from './model';
import { roundIsOpen } from './policy';

type Db = Knex | Knex.Transaction;
const iso = (ms: number | null | undefined) =>
  ms === null || ms === undefined ? null : new Date(Number(ms)).toISOString();

interface RoundRow {
  id: number;
  kind: RoundKind;
  title: string;
  zone_ids: string;
  roles: string;
  chc_approval: unknown;
  closes_on: string | null;
  quality_threshold: number;
  opened_at: number;
  opened_by: number | null;
}

const toRound = (row: RoundRow, today: string): AdmissionRound => ({
  id: Number(row.id),
  kind: row.kind,
  title: row.title,
  zoneIds: JSON.parse(row.zone_ids) as string[],
  roles: JSON.parse(row.roles) as ZoneRole[],
  chcApproval: toBool(row.chc_approval),
  closesOn: row.closes_on,
  qualityThreshold: Number(row.quality_threshold),
  open: roundIsOpen({ closesOn: row.closes_on }, today),
  openedAt: iso(row.opened_at)!,
  openedBy: row.opened_by === null ? null : Number(row.opened_by),
});

/** Rounds, newest first; `open` keeps only those still taking applications on `today`. */
export async function listRounds(
  db: Db,
  filter: { open?: boolean },
  today: string,
): Promise<AdmissionRound[]> {
  const rows = (await db('admission_rounds')
    .orderBy('opened_at', 'desc')
    .orderBy('id', 'desc')) as RoundRow[];
  const rounds = rows.map((r) => toRound(r, today));
  return filter.open === undefined ? rounds : rounds.filter((r) => r.open === filter.open);
}

export async function findRound(db: Db, id: number, today: string): Promise<AdmissionRound | undefined> {
  const row = (await db('admission_rounds').where({ id }).first()) as RoundRow | undefined;
  return row ? toRound(row, today) : undefined;
}

interface ApplicationRow {
  id: number;
  round_id: number;
  round_title: string;
  provider_id: number;
  provider_name: string;
  zone_id: string | null;
  zone_name: string | null;
  role: ApplicationRole;
  statement: string;
  status: ApplicationStatus;
  submitted_at: number;
  score: number | null;
  decision_comment: string | null;
  decided_at: number | null;
  decided_by: number | null;
  activated_at: number | null;
}

const toApplication = (r: ApplicationRow): Application => ({
  id: Number(r.id),
  roundId: Number(r.round_id),
  roundTitle: r.round_title,
  providerId: Number(r.provider_id),
  providerName: r.provider_name,
  zoneId: r.zone_id,
  zoneName: r.zone_name,
  role: r.role,
  statement: r.statement,
  status: r.status,
  submittedAt: iso(r.submitted_at)!,
  score: r.score === null ? null : Number(r.score),
  decisionComment: r.decision_comment,
  decidedAt: iso(r.decided_at),
  decidedBy: r.decided_by === null ? null : Number(r.decided_by),
  activatedAt: iso(r.activated_at),
});

export interface ApplicationFilter {
  providerId?: number;
  roundId?: number;
  status?: ApplicationStatus;
  id?: number;
}

/** Applications with their round, provider and zone names, newest first. */
export async function listApplications(db: Db, filter: ApplicationFilter): Promise<Application[]> {
  const rows = (await db('admission_applications as a')
    .join('admission_rounds as r', 'r.id', 'a.round_id')
    .join('providers as p', 'p.id', 'a.provider_id')
    .leftJoin('zones as z', 'z.id', 'a.zone_id')
    .modify((q) => {
      if (filter.id !== undefined) q.where('a.id', filter.id);
      if (filter.providerId !== undefined) q.where('a.provider_id', filter.providerId);
      if (filter.roundId !== undefined) q.where('a.round_id', filter.roundId);
      if (filter.status !== undefined) q.where('a.status', filter.status);
    })
    .orderBy('a.submitted_at', 'desc')
    .orderBy('a.id', 'desc')
    .select(
      'a.*',
      'r.title as round_title',
      'p.name as provider_name',
      'z.name as zone_name',
    )) as ApplicationRow[];
  return rows.map(toApplication);
}

export async function findApplication(db: Db, id: number): Promise<Application | undefined> {
  return (await listApplications(db, { id }))[0];
}

interface ItemRow {
  key: string;
  grp: CheckGroup;
  label: string;
  required: unknown;
}

const toItem = (r: ItemRow): CheckItem => ({
  key: r.key,
  group: r.grp,
  label: r.label,
  required: toBool(r.required),
});

/** The configured check items, in their order. */
export async function checkItems(db: Db): Promise<CheckItem[]> {
  const rows = (await db('readiness_check_items').orderBy('position').orderBy('key')) as ItemRow[];
  return rows.map(toItem);
}

/** Every item with the provider's latest check of it (the newest record; history is kept). */
export async function readinessItems(db: Db, providerId: number): Promise<ReadinessItem[]> {
  const items = await checkItems(db);
  const checks = (await db('readiness_checks')
    .where({ provider_id: providerId })
    .orderBy('checked_at')
    .orderBy('id')
    .select('item_key', 'outcome', 'evidence', 'checked_by', 'checked_at')) as {
    item_key: string;
    outcome: CheckOutcome;
    evidence: string;
    checked_by: number | null;
    checked_at: number;
  }[];
  const latest = new Map(checks.map((c) => [c.item_key, c]));
  return items.map((item) => {
    const c = latest.get(item.key);
    return {
      ...item,
      latest: c
        ? {
            outcome: c.outcome,
            evidence: c.evidence,
            checkedBy: c.checked_by === null ? null : Number(c.checked_by),
            checkedAt: iso(c.checked_at)!,
          }
        : null,
    };
  });
}
