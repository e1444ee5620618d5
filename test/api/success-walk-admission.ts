/** The success walk (success-walk.ts), continued: an admission round, an application, checks, going live. */
import { idOf, type CallFor } from './success-walk';

export const ADMISSION_CALLS: Record<string, CallFor> = {
  'GET /admission/rounds': () => ({ as: 'provider', query: { open: 'true' } }),
  'POST /admission/rounds': () => ({
    as: 'commissioner',
    body: {
      kind: 'invitation',
      title: 'Melton supplementaries',
      zoneIds: ['melton'],
      roles: ['supplementary'],
      chcApproval: true,
      closesOn: '2026-02-01',
      qualityThreshold: 60,
    },
  }),
  'POST /admission/applicants': () => ({
    as: 'commissioner',
    body: {
      name: 'Walk Applicant Care',
      cqcLocationId: '1-000111222',
      userName: 'Registered manager',
      email: 'manager@walk-applicant.example',
    },
  }),
  'POST /admission/applications': (_f, seen) => ({
    as: 'provider',
    body: {
      roundId: idOf(seen, 'POST /admission/rounds'),
      role: 'supplementary',
      zoneId: 'melton',
      statement: 'Carers based in Melton Mowbray; 80 hours a week.',
    },
  }),
  'GET /admission/applications': () => ({ as: 'provider' }),
  'GET /admission/applications/:id': (_f, seen) => ({
    as: 'provider',
    params: { id: idOf(seen, 'POST /admission/applications') },
  }),
  'POST /admission/applications/:id/decision': (_f, seen) => ({
    as: 'commissioner',
    params: { id: idOf(seen, 'POST /admission/applications') },
    body: { decision: 'accept', score: 80, comment: 'Local workforce evidenced' },
  }),
  'GET /admission/check-items': () => ({ as: 'commissioner' }),
  'POST /admission/check-items': () => ({
    as: 'admin',
    body: { key: 'safeguarding-lead', group: 'readiness', label: 'Safeguarding lead named', required: false },
  }),
  'GET /providers/:id/readiness': (f) => ({ as: 'provider', params: { id: f.provider.id } }),
  'PUT /providers/:id/readiness/:itemKey': (f, seen) =>
    (seen['GET /admission/check-items']!.items as { key: string; required: boolean }[])
      .filter((item) => item.required)
      .map((item) => ({
        as: 'commissioner' as const,
        params: { id: f.provider.id, itemKey: item.key },
        body: { outcome: 'pass', evidence: `Contract file CF-${item.key}` },
      })),
  'POST /providers/:id/activate': (f) => ({ as: 'commissioner', params: { id: f.provider.id } }),
};
