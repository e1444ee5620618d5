import { SYSTEM_ACTOR } from '../auth/roles';
import { runRoleReview } from '../performance/reviews/run';
import type { Job } from './job';

/** Promotion/demotion review; each (provider, zone, kind, month) is flagged at most once. */
export const roleReviewJob: Job = {
  name: 'role-review',
  // The default; src/jobs/index.ts applies REVIEW_SCHEDULE from configuration.
  schedule: '15 3 * * *',
  run: ({ db, config, zoneFacts }, now) => runRoleReview({ db, config, zoneFacts, actor: SYSTEM_ACTOR, now }),
};
