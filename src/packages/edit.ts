import type { z } from 'zod';
import { recordAudit } from '../audit/record';
import type { CommandContext } from '../allocation/context';
import { requireDatesInRange, wantedStartCheck } from '../calendar/field-rules';
import { Conflict } from '../errors';
import { hoursToMinutes } from '../pricing/minutes';
import type { PackageRecord } from './model';
import { getPackage } from './queries';
import type { EditPackageSchema } from './schemas';

/** The statuses in which an officer may correct a package (the web offers the form only in these). */
export const EDITABLE_STATUSES: readonly PackageRecord['status'][] = [
  'brokering',
  'unplaced',
  'awarded',
  'active',
];

/**
 * An officer corrects a package's hours, visits, needs or wanted start. The edit names the
 * version it was made against; if someone changed the package since, it is refused (409) rather
 * than silently overwriting their change. Zone, band and rate stay as frozen at intake.
 */
export async function editPackage(
  ctx: CommandContext,
  edit: { packageId: number; changes: z.output<typeof EditPackageSchema> },
) {
  const { actor, now } = ctx;
  const { packageId: id, changes: input } = edit;
  requireDatesInRange([wantedStartCheck('body.wantedStart', input.wantedStart, now)]);
  return ctx.db.transaction(async (trx) => {
    const before = await getPackage(trx, id);
    if (!EDITABLE_STATUSES.includes(before.status)) {
      throw new Conflict('illegal-transition', `Cannot edit package ${id}: it is ${before.status}.`, {
        currentStatus: before.status,
      });
    }
    const changes: Record<string, unknown> = {};
    if (input.weeklyHours !== undefined) changes.weekly_minutes = hoursToMinutes(input.weeklyHours);
    if (input.visitsPerWeek !== undefined) changes.visits_per_week = input.visitsPerWeek;
    if (input.wantedStart !== undefined) changes.wanted_start = input.wantedStart;
    if (input.needs !== undefined) changes.needs_json = JSON.stringify(input.needs);
    const updated = await trx('packages')
      .where({ id, version: input.version })
      // Bumped in SQL, not from the version given: PostgreSQL would refuse version + 1 past its integer
      // range even when no row matches.
      .update({ ...changes, updated_at: now, version: trx.raw('version + 1') });
    if (updated !== 1) {
      throw new Conflict(
        'package-version-conflict',
        `Package ${id} was changed by someone else since version ${input.version}; reload it and try again.`,
        {
          currentVersion: before.version,
        },
      );
    }
    const after = await getPackage(trx, id);
    await recordAudit(trx, actor, now, {
      action: 'package.edit',
      entityType: 'package',
      entityId: id,
      before: pick(before, input),
      after: pick(after, input),
    });
    return after;
  });
}

function pick(pkg: PackageRecord, input: z.output<typeof EditPackageSchema>) {
  return {
    version: pkg.version,
    ...(input.weeklyHours !== undefined ? { weeklyMinutes: pkg.weeklyMinutes } : {}),
    ...(input.visitsPerWeek !== undefined ? { visitsPerWeek: pkg.visitsPerWeek } : {}),
    ...(input.wantedStart !== undefined ? { wantedStart: pkg.wantedStart } : {}),
    ...(input.needs !== undefined ? { needs: pkg.needs } : {}),
  };
}
