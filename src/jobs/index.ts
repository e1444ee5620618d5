import type { Config } from '../config';
import { brokerageSweepJob } from './brokerage-sweep';
import type { Job } from './job';
import {
  coverageDigestJob,
  notificationChecksJob,
  notificationDigestJob,
  outboxDeliveryJob,
} from './notifications';
import { providerRiskJob } from './provider-risk';
import { retentionJob } from './retention';
import { roleReviewJob } from './role-review';
import { scoreRecomputeJob } from './score-recompute';

/** Every scheduled job of the service, with schedules from configuration. */
export function scheduledJobs(config: Config): Job[] {
  return [
    { ...brokerageSweepJob, schedule: config.allocation.sweepSchedule },
    { ...scoreRecomputeJob, schedule: config.performance.scoreSchedule },
    { ...roleReviewJob, schedule: config.performance.review.schedule },
    { ...providerRiskJob, schedule: config.providerRisk.schedule },
    { ...retentionJob, schedule: config.privacy.retentionSchedule },
    { ...outboxDeliveryJob, schedule: config.notifications.schedule },
    { ...notificationDigestJob, schedule: config.notifications.digestSchedule },
    { ...notificationChecksJob, schedule: config.notifications.checksSchedule },
    { ...coverageDigestJob, schedule: config.notifications.coverageDigestSchedule },
  ];
}
