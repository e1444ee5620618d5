import { SYSTEM_ACTOR } from '../auth/roles';
import { runScoreComputation } from '../performance/scores/run';
import type { Job } from './job';

/** Nightly quality-score snapshots; two instances running it store one run (unique run key). */
export const scoreRecomputeJob: Job = {
  name: 'score-recompute',
  // The default; src/jobs/index.ts applies SCORE_SCHEDULE from configuration.
  schedule: '30 2 * * *',
  run: ({ db, config }, now) => runScoreComputation({ db, config, actor: SYSTEM_ACTOR, now }, 'nightly'),
};
