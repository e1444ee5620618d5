import type { Config } from '../config';
import { brokerageSweepJob } from './brokerage-sweep';
import type { Job } from './job';
import { retentionJob } from './retention';
import { roleReviewJob } from './role-review';
import { scoreRecomputeJob } from './score-recompute';

/** Every scheduled job of the service, with schedules from configuration. */
export function scheduledJobs(config: Config): Job[] {
  return [
    { ...brokerageSweepJob, schedule: config.allocation.sweepSchedule },
    { ...scoreRecomputeJob, schedule: config.performance.scoreSchedule },
    { ...roleReviewJob, schedule: config.performance.review.schedule },
    { ...retentionJob, schedule: config.privacy.retentionSchedule },
  ];
}
