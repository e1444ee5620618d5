import { runRetention } from '../privacy/retention';
import type { Job } from './job';

/** Anonymises packages ended or cancelled more than RETENTION_DAYS ago, prunes old failed authentications; safe in several instances. */
export const retentionJob: Job = {
  name: 'retention',
  // The default; src/jobs/index.ts applies RETENTION_SCHEDULE from configuration.
  schedule: '45 3 * * *',
  run: (services, now) => runRetention(services, now),
};
