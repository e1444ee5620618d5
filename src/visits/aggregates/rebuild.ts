/** Rebuilds the visit KPIs' daily aggregate from the visit rows, audited (`npm run kpis:rebuild`). */
import type { Knex } from 'knex';
import type { Actor } from '../../auth/roles';
import type { VisitsConfig } from '../../config-visits';
import { foldVisitAggregates, type VisitFoldResult } from './fold';

export async function rebuildVisitAggregates(ctx: {
  db: Knex;
  actor: Actor;
  now: number;
  settings: Pick<VisitsConfig, 'lateMinutes' | 'shortShare'>;
}): Promise<VisitFoldResult> {
  return foldVisitAggregates(ctx.db, ctx.now, ctx.settings, { rebuild: true, auditAs: ctx.actor });
}
