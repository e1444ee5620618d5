/** The success walk (success-walk.ts), continued: visit records, their KPIs and a package's visits. */
import type { CallFor } from './success-walk';

export const VISIT_CALLS: Record<string, CallFor> = {
  'POST /imports/visits': (f) => ({
    as: 'provider',
    csv:
      'package_reference,planned_start,planned_minutes,actual_start,actual_end,carers_present\n' +
      `${f.packages.active.reference},2026-01-02T09:00:00Z,30,2026-01-02T09:20:00Z,2026-01-02T09:50:00Z,1\n`,
  }),
  'POST /visits': (f) => ({
    as: 'officer',
    query: { providerId: f.provider.id },
    body: {
      visits: [
        {
          packageReference: f.packages.active.reference,
          plannedStart: '2026-01-03 09:00',
          plannedMinutes: 30,
        },
      ],
    },
  }),
  'GET /performance/visits': () => ({ as: 'commissioner', query: { groupBy: 'provider,zone,band' } }),
  'GET /packages/:id/visits': (f) => ({
    as: 'provider',
    params: { id: f.packages.active.id },
    query: { from: '2026-01-01', to: '2026-01-05' },
  }),
};
