/** Rebuilds the KPIs' daily aggregates from the recorded events, audited (`npm run kpis:rebuild`). */
import type { Config } from '../../../config';
import type { RunContext } from '../../command';
import { foldKpiAggregates, type FoldResult } from './fold';
import type { FoldSettings } from './raw';

/** The settings the aggregates are folded with, from the service's configuration. */
export function foldSettingsOf(config: Pick<Config, 'performance' | 'allocation'>): FoldSettings {
  return {
    quickResponseFraction: config.performance.quickResponseFraction,
    handBackNoticeDays: config.allocation.handBack.noticeDays,
    targets: config.performance.pickUpTargetDays,
  };
}

export async function rebuildKpiAggregates(ctx: RunContext): Promise<FoldResult> {
  return foldKpiAggregates(ctx.db, ctx.now, foldSettingsOf(ctx.config), {
    rebuild: true,
    auditAs: ctx.actor,
  });
}
