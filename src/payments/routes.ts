import { periodChecks, requireDatesInRange } from '../calendar/field-rules';
import { ROLES } from '../auth/roles';
import { defineRoute, reply } from '../http/route';
import { CSV_CONTENT_TYPE } from '../reports/csv';
import type { Services } from '../services';
import { budgetRoutes } from './budget-routes';
import { paymentsCsv } from './csv';
import { paymentsForPeriod } from './period';
import { PaymentsCsvSchema, PaymentsQuery, PaymentsSchema } from './schemas';

/**
 * Payments for the council's payments system (docs/payments.md). Officers, commissioners and admins
 * read every row; a provider reads only its own rows (and totals of them), to reconcile its invoices.
 */
export function paymentRoutes(services: Services) {
  const { db, clock } = services;
  return [
    defineRoute({
      method: 'get',
      path: '/exports/payments',
      operationId: 'getPaymentsExport',
      summary:
        'Payments per package and provider for a period: days, hours, rates and amounts, with totals per funding stream',
      tags: ['payments'],
      access: { roles: ROLES },
      request: { query: PaymentsQuery },
      responses: {
        200: {
          description: 'The payments (JSON; CSV by `format=csv` or Accept: text/csv)',
          schema: PaymentsSchema,
          alternatives: { 'text/csv': PaymentsCsvSchema },
        },
      },
      async handler({ query }, { actor, accepts }) {
        const now = clock.now();
        requireDatesInRange(periodChecks('query', query, now));
        const providerId = actor.role === 'provider' ? (actor.providerId ?? -1) : undefined;
        const payments = await paymentsForPeriod(db, { ...query, providerId });
        const csv =
          query.format === 'csv' ||
          (!query.format && accepts(['application/json', 'text/csv']) === 'text/csv');
        if (csv) {
          return reply(200, paymentsCsv(payments), {
            contentType: CSV_CONTENT_TYPE,
            headers: {
              'Content-Disposition': `attachment; filename="payments_${query.from}_${query.to}.csv"`,
            },
          });
        }
        return {
          ...payments,
          generatedAt: new Date(now).toISOString(),
          fundingStream: query.fundingStream ?? null,
        };
      },
    }),
    ...budgetRoutes(services),
  ];
}
