import { OVERSIGHT_ROLES } from '../auth/roles';
import { IdParams } from '../http/params';
import { defineRoute } from '../http/route';
import type { Services } from '../services';
import { packageRates, recordNegotiatedRate } from './negotiated';
import { NegotiatedRateBody, PackageRatesSchema } from './negotiated-schemas';

/** A package's rates: read by staff; a negotiated rate recorded by officers and admins (§3.9). */
export function negotiatedRateRoutes({ db, clock }: Services) {
  return [
    defineRoute({
      method: 'get',
      path: '/packages/:id/rates',
      operationId: 'getPackageRates',
      summary:
        'The rate a package is paid today (its negotiated rate or the card for its band) and its negotiated rates',
      tags: ['pricing'],
      access: { roles: ['officer', ...OVERSIGHT_ROLES] },
      request: { params: IdParams },
      responses: {
        200: { description: 'The rates', schema: PackageRatesSchema },
        404: { description: 'No such package' },
      },
      async handler({ params }) {
        return packageRates(db, params.id, clock.now());
      },
    }),
    defineRoute({
      method: 'post',
      path: '/packages/:id/negotiated-rates',
      operationId: 'recordNegotiatedRate',
      summary:
        'Record a negotiated hourly rate for a package from a date, or its return to the rate card (audited)',
      tags: ['pricing'],
      access: { roles: ['officer', 'admin'] },
      request: { params: IdParams, body: NegotiatedRateBody },
      responses: {
        201: { description: 'The package’s rates after the change', schema: PackageRatesSchema },
        404: { description: 'No such package' },
        409: { description: 'The package already has a negotiated rate from that date' },
      },
      async handler({ params, body }, { actor }) {
        return recordNegotiatedRate({ db, actor, now: clock.now() }, params.id, body);
      },
    }),
  ];
}
