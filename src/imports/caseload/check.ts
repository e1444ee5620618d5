/**
 * Checks a caseload file row by row as intake would check a package (docs/imports.md "Caseload"): the
 * intake's schemas and ranges, the date rules of src/calendar/field-rules.ts, the provider, and the
 * location placed through the same postcode lookup and zones. Every problem is a refusal naming the
 * row and column; a reference the service already holds is `unchanged`, never checked again.
 */
import type { z } from 'zod';
import { caseloadStartCheck, d2aChecks, dateIssues } from '../../calendar/field-rules';
import type { Queryable } from '../../db/connect';
import { DomainError } from '../../errors';
import type { InCarePackage } from '../../packages/in-care';
import type { Services } from '../../services';
import type { Refusal } from '../csv';
import type { HeadedFile } from '../csv';
import {
  CaseloadRowSchema,
  columnOf,
  ROUND_KIND_OF_ROLE,
  rowInput,
  type CaseloadColumn,
  type CaseloadRow,
} from './layout';

export type Locating = Pick<Services, 'zones' | 'postcodes'>;

export interface CheckedFile {
  /** Rows to write, by row number. */
  fresh: { row: number; pkg: InCarePackage }[];
  unchanged: { row: number; reference: string }[];
  refusals: Refusal[];
}

/** Our providers by id and by name (names are unique): the `provider` column may give either. */
async function providerIndex(db: Queryable) {
  const rows = (await db('providers').select('id', 'name', 'status')) as {
    id: number;
    name: string;
    status: string;
  }[];
  const byKey = new Map<string, { id: number; status: string }>();
  for (const r of rows) {
    byKey.set(String(r.id), { id: Number(r.id), status: r.status });
    byKey.set(r.name.trim().toLowerCase(), { id: Number(r.id), status: r.status });
  }
  return byKey;
}

function zodRefusals(row: number, error: z.ZodError): Refusal[] {
  return error.issues.map((i) => ({ row, column: columnOf(i.path), reason: i.message }));
}

function dateRefusals(row: number, r: CaseloadRow, now: number): Refusal[] {
  const checks = [caseloadStartCheck('start_date', r.start_date, now)];
  if (r.funding_stream === 'd2a')
    checks.push(...d2aChecks('body', { fundedUntil: r.funded_until, reviewDue: r.review_due }, now));
  return dateIssues(checks).map((i) => ({
    row,
    column: columnOf([i.path.replace(/^body\./, '')]),
    reason: i.message,
  }));
}

async function placeRow(deps: Locating, r: CaseloadRow, now: number) {
  if (r.postcode === undefined) {
    const point = { lon: r.longitude!, lat: r.latitude! };
    return {
      point,
      postcode: null,
      locationGiven: 'coordinates' as const,
      placed: await deps.zones.placeInside(point, now),
    };
  }
  const found = await deps.postcodes.locate(r.postcode, now);
  const placed = await deps.zones.placeInside(found.point, now);
  return { point: found.point, postcode: found.postcode, locationGiven: 'postcode' as const, placed };
}

/** The row as a package in care, or why not. */
async function checkRow(
  deps: Locating & { providers: Map<string, { id: number; status: string }>; now: number },
  row: number,
  r: CaseloadRow,
): Promise<InCarePackage | Refusal[]> {
  const refusals = dateRefusals(row, r, deps.now);
  const provider = deps.providers.get(r.provider.trim().toLowerCase());
  if (!provider)
    refusals.push({
      row,
      column: 'provider',
      reason: `no provider "${r.provider}" (give its id or its name)`,
    });
  else if (provider.status === 'exited')
    refusals.push({ row, column: 'provider', reason: `provider "${r.provider}" has left the framework` });
  let where;
  try {
    where = await placeRow(deps, r, deps.now);
  } catch (err) {
    if (!(err instanceof DomainError)) throw err;
    const column: CaseloadColumn = r.postcode === undefined ? 'latitude' : 'postcode';
    refusals.push({ row, column, reason: err.message });
  }
  if (refusals.length > 0 || !where || !provider) return refusals;
  const { placed } = where;
  return {
    reference: r.reference,
    point: where.point,
    postcode: where.postcode,
    locationGiven: where.locationGiven,
    placed: {
      areaId: placed.area.id,
      lsoa: placed.area.lsoa,
      district: placed.area.district.code,
      zoneId: placed.zone.id,
      band: placed.band,
      bandSource: placed.bandSource,
      layerId: placed.layer.id,
    },
    weeklyHours: r.weekly_hours,
    visitsPerWeek: r.visits_per_week,
    fundingStream: r.funding_stream,
    fundedUntil: r.funded_until ?? null,
    reviewDue: r.review_due ?? null,
    needs: r.needs,
    providerId: provider.id,
    roundKind: ROUND_KIND_OF_ROLE[r.zone_role],
    startDate: r.start_date,
  };
}

export async function checkCaseload(
  deps: Locating & { db: Queryable; now: number; held: (references: string[]) => Promise<Set<string>> },
  file: HeadedFile,
): Promise<CheckedFile> {
  const out: CheckedFile = { fresh: [], unchanged: [], refusals: [...file.missing] };
  if (file.missing.length > 0) return out;
  const held = await deps.held(file.rows.map((r) => r.cell('reference').trim()));
  const providers = await providerIndex(deps.db);
  const seen = new Map<string, number>();
  for (const { row, cell } of file.rows) {
    const reference = cell('reference').trim();
    if (held.has(reference)) {
      out.unchanged.push({ row, reference });
      continue;
    }
    const earlier = seen.get(reference.toLowerCase());
    if (earlier !== undefined) {
      out.refusals.push({ row, column: 'reference', reason: `the same reference as row ${earlier}` });
      continue;
    }
    seen.set(reference.toLowerCase(), row);
    const parsed = CaseloadRowSchema.safeParse(rowInput(cell));
    if (!parsed.success) {
      out.refusals.push(...zodRefusals(row, parsed.error));
      continue;
    }
    const checked = await checkRow({ ...deps, providers }, row, parsed.data);
    if (Array.isArray(checked)) out.refusals.push(...checked);
    else out.fresh.push({ row, pkg: checked });
  }
  return out;
}
