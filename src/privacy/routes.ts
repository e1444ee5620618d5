import { z } from 'zod';
import { defineRoute } from '../http/route';
import { Reference } from '../packages/schemas';
import type { Services } from '../services';
import { eraseReference } from './erase';

const ErasureSchema = z
  .object({
    id: z.number().int(),
    erasedAt: z.string(),
    packageIds: z.array(z.number().int()).describe('Packages anonymised: their rows remain for statistics'),
    evidenceRecords: z.number().int().describe('Quality evidence records that lost the reference'),
  })
  .meta({ id: 'Erasure' });

export function privacyRoutes({ db, clock }: Services) {
  return [
    defineRoute({
      method: 'post',
      path: '/privacy/erasures',
      operationId: 'eraseReference',
      summary:
        "Right to erasure: forget a service user's reference and location; the packages stay, anonymised",
      tags: ['privacy'],
      access: { roles: ['admin'] },
      request: { body: z.object({ reference: Reference }).strict() },
      responses: {
        201: {
          description: 'Erased (an unknown reference erases nothing and says so)',
          schema: ErasureSchema,
        },
        409: { description: 'A package of the person is still live: end or cancel it first' },
      },
      async handler({ body }, { actor }) {
        return eraseReference(db, actor, body.reference, clock.now());
      },
    }),
  ];
}
