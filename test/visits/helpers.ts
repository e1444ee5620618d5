/** Set-up shared by the visit-record tests: two providers in Charnwood North and their packages. */
import { assignRole, buildPackage, buildProvider, ensureReference } from '../factories';
import type { TestContext } from '../helpers/context';

export const HEADER =
  'package_reference,planned_start,planned_minutes,actual_start,actual_end,carers_present';

export const csvOf = (...rows: string[]) => [HEADER, ...rows].join('\n') + '\n';

export interface VisitWorld {
  mine: number;
  theirs: number;
  /** Packages: 'SU-MINE-1' (one carer), 'SU-MINE-2' (two carers), 'SU-THEIRS-1' (the other provider's). */
  packages: Record<string, number>;
}

export async function visitWorld(ctx: TestContext): Promise<VisitWorld> {
  const db = ctx.services.db;
  await ensureReference(db);
  const mine = await buildProvider(db, { tenderScore: 70 });
  const theirs = await buildProvider(db, { tenderScore: 70 });
  for (const id of [mine, theirs]) {
    await assignRole(db, {
      providerId: id,
      zoneId: 'charnwood-north',
      role: 'prime',
      since: Date.parse('2025-01-01T00:00:00Z'),
    });
  }
  const active = { status: 'active' as const, zoneId: 'charnwood-north' };
  const packages = {
    'SU-MINE-1': await buildPackage(db, { ...active, reference: 'SU-MINE-1', providerId: mine }),
    'SU-MINE-2': await buildPackage(db, {
      ...active,
      reference: 'SU-MINE-2',
      providerId: mine,
      needs: { twoCarers: true },
    }),
    'SU-THEIRS-1': await buildPackage(db, { ...active, reference: 'SU-THEIRS-1', providerId: theirs }),
  };
  return { mine, theirs, packages };
}
