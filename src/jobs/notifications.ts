import { sendCoverageDigest } from '../notifications/checks/coverage-weekly';
import { runNotificationChecks } from '../notifications/checks/daily';
import { sendDigests } from '../notifications/digest';
import type { Job } from './job';

/**
 * The notification jobs (src/notifications). Defaults here; src/jobs/index.ts applies the schedules
 * from configuration. Each is safe in several instances: deliveries are claimed once, and checks and
 * digests are keyed so that a second run adds nothing.
 */
export const outboxDeliveryJob: Job = {
  name: 'outbox-delivery',
  // The safety net of the after-commit kick: anything due (retries included) every minute.
  schedule: '* * * * *',
  run: (services, now) => services.outbox.deliverDue(now),
};

export const notificationDigestJob: Job = {
  name: 'notification-digest',
  schedule: '0 7 * * *',
  run: (services, now) => sendDigests(services, now),
};

export const notificationChecksJob: Job = {
  name: 'notification-checks',
  schedule: '0 8 * * *',
  run: (services, now) => runNotificationChecks(services, now),
};

export const coverageDigestJob: Job = {
  name: 'coverage-digest',
  schedule: '0 7 * * 1',
  run: (services, now) => sendCoverageDigest(services, now),
};
