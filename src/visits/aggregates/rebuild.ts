/** Rebuilds the visit KPIs' daily aggregate from the visit rows, audited (`npm run kpis:rebuild`). */
import type { Knex } from 'knex';
import type { Actor } from '../../auth/roles';
import { foldVisitAggregates, type VisitFoldResult } from './fold';
import type { Thresholds } from './raw';

export async function rebuildVisitAggregates(ctx: {
  db: Knex;
  actor: Actor;
  now: number;
  settings: Thresholds;
}): Promise<VisitFoldResult> {
  return foldVisitAggregates(ctx.db, ctx.now, ctx.settings, { rebuild: true, auditAs: ctx.actor });
}
