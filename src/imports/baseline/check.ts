/**
 * Checks a baseline file (docs/imports.md "Baseline"): the old framework's past referrals, each with a
 * pseudonymous reference, request and placement dates (field-rules.ts), a zone (or a postcode placed
 * through the same postcode lookup and zones as intake), a band and weekly hours.
 */
import { z } from 'zod';
import { IsoDate } from '../../calendar/dates';
import { baselinePlacementCheck, baselineRequestCheck, dateIssues } from '../../calendar/field-rules';
import type { Queryable } from '../../db/connect';
import { DomainError } from '../../errors';
import type { BaselineReferral } from '../../baseline/queries';
import { Postcode, Reference, WeeklyHours } from '../../packages/schemas';
import { hoursToMinutes } from '../../pricing/minutes';
import { BANDS } from '../../pricing/bands';
import type { HeadedFile, Refusal } from '../csv';
import type { Locating } from '../caseload/check';

export const BASELINE_COLUMNS = [
  'reference',
  'request_date',
  'placement_date',
  'zone',
  'postcode',
  'band',
  'weekly_hours',
] as const;
export const BASELINE_REQUIRED = [
  'reference',
  'request_date',
  'placement_date',
  'band',
  'weekly_hours',
] as const;

const RowSchema = z
  .object({
    reference: Reference,
    request_date: IsoDate,
    placement_date: IsoDate.optional(),
    zone: z.string().max(60).optional(),
    postcode: Postcode.optional(),
    band: z.enum(BANDS),
    weekly_hours: z.coerce.number().pipe(WeeklyHours),
  })
  .refine((r) => (r.zone === undefined) !== (r.postcode === undefined), {
    message: 'give either zone or postcode',
    path: ['zone'],
  });
type Row = z.output<typeof RowSchema>;

export interface CheckedBaseline {
  fresh: { row: number; referral: BaselineReferral }[];
  unchanged: { row: number; reference: string }[];
  refusals: Refusal[];
}

async function zoneOf(deps: Locating & { now: number }, r: Row): Promise<string> {
  if (r.zone !== undefined) return r.zone;
  const found = await deps.postcodes.locate(r.postcode!, deps.now);
  return (await deps.zones.placeInside(found.point, deps.now)).zone.id;
}

async function checkRow(
  deps: Locating & { zoneIds: Set<string>; now: number },
  row: number,
  r: Row,
): Promise<BaselineReferral | Refusal[]> {
  const issues = dateIssues([
    baselineRequestCheck('request_date', r.request_date, deps.now),
    baselinePlacementCheck('placement_date', r.placement_date, {
      requestedOn: r.request_date,
      now: deps.now,
    }),
  ]);
  const refusals: Refusal[] = issues.map((i) => ({ row, column: i.path, reason: i.message }));
  let zoneId;
  if (r.zone !== undefined && !deps.zoneIds.has(r.zone))
    refusals.push({
      row,
      column: 'zone',
      reason: `no zone "${r.zone}" (give a zone id, e.g. charnwood-north)`,
    });
  else
    try {
      zoneId = await zoneOf(deps, r);
    } catch (err) {
      if (!(err instanceof DomainError)) throw err;
      refusals.push({ row, column: 'postcode', reason: err.message });
    }
  if (refusals.length > 0 || zoneId === undefined) return refusals;
  return {
    reference: r.reference,
    requestedOn: r.request_date,
    placedOn: r.placement_date ?? null,
    zoneId,
    band: r.band,
    weeklyMinutes: hoursToMinutes(r.weekly_hours),
  };
}

export async function checkBaseline(
  deps: Locating & { db: Queryable; now: number; held: (references: string[]) => Promise<Set<string>> },
  file: HeadedFile,
): Promise<CheckedBaseline> {
  const out: CheckedBaseline = { fresh: [], unchanged: [], refusals: [...file.missing] };
  if (file.missing.length > 0) return out;
  const held = await deps.held(file.rows.map((r) => r.cell('reference').trim()));
  const zoneIds = new Set((await deps.db('zones').select('id')).map((z) => String(z.id)));
  const seen = new Map<string, number>();
  for (const { row, cell } of file.rows) {
    const reference = cell('reference').trim();
    if (held.has(reference)) {
      out.unchanged.push({ row, reference });
      continue;
    }
    const earlier = seen.get(reference);
    if (earlier !== undefined) {
      out.refusals.push({ row, column: 'reference', reason: `the same reference as row ${earlier}` });
      continue;
    }
    seen.set(reference, row);
    const input = Object.fromEntries(
      BASELINE_COLUMNS.map((c) => [
        c,
        cell(c) === '' ? undefined : c === 'band' ? cell(c).toLowerCase() : cell(c),
      ]),
    );
    const parsed = RowSchema.safeParse({ ...input, reference });
    if (!parsed.success) {
      out.refusals.push(
        ...parsed.error.issues.map((i) => ({ row, column: String(i.path[0]), reason: i.message })),
      );
      continue;
    }
    const checked = await checkRow({ ...deps, zoneIds }, row, parsed.data);
    if (Array.isArray(checked)) out.refusals.push(...checked);
    else out.fresh.push({ row, referral: checked });
  }
  return out;
}
