/** The success walk (success-walk.ts), continued: negotiated rates, the payments export and budgets. */
import type { CallFor } from './success-walk';

export const PAYMENT_CALLS: Record<string, CallFor> = {
  'POST /packages/:id/negotiated-rates': (f) => ({
    as: 'officer',
    params: { id: f.packages.awarded },
    body: { appliesFrom: '2026-02-01', hourlyRatePence: 1990, reason: 'Agreed with the provider' },
  }),
  'GET /packages/:id/rates': (f) => ({ as: 'commissioner', params: { id: f.packages.awarded } }),
  'GET /exports/payments': () => [
    { as: 'commissioner', query: { from: '2026-01-01', to: '2026-01-31' } },
    { as: 'provider', query: { from: '2026-01-01', to: '2026-01-31' }, accept: 'text/csv' },
  ],
  'PUT /budgets/:financialYear/:fundingStream': () => ({
    as: 'commissioner',
    params: { financialYear: 2025, fundingStream: 'chc' },
    body: { amountPence: 250_000_000 },
  }),
  'GET /budgets': () => ({ as: 'admin', query: { financialYear: 2025 } }),
};
