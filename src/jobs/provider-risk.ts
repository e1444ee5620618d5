import { SYSTEM_ACTOR } from '../auth/roles';
import { lastCompleteMonth } from '../calendar/months';
import { runProviderRisk } from '../provider-risk/run';
import type { Job } from './job';

/** The monthly provider-risk RAG for the month just ended; a month already rated is skipped. */
export const providerRiskJob: Job = {
  name: 'provider-risk',
  // The default; src/jobs/index.ts applies PROVIDER_RISK_SCHEDULE from configuration.
  schedule: '0 4 1 * *',
  run: ({ db, config }, now) =>
    runProviderRisk(
      { db, config, actor: SYSTEM_ACTOR, now },
      { month: lastCompleteMonth(now), trigger: 'scheduled' },
    ),
};
