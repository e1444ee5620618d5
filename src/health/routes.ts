import { z } from 'zod';
import { isReachable, type Db } from '../db/connect';
import { Unavailable } from '../errors';
import { defineRoute } from '../http/route';

const HealthSchema = z
  .object({ status: z.literal('ok'), database: z.literal('reachable') })
  .meta({ id: 'Health' });

export function healthRoutes(db: Db) {
  return [
    defineRoute({
      method: 'get',
      path: '/health',
      operationId: 'getHealth',
      summary: 'Liveness and database reachability',
      tags: ['health'],
      access: { public: true },
      request: {},
      responses: {
        200: { description: 'Healthy', schema: HealthSchema },
        503: { description: 'Database unreachable' },
      },
      async handler() {
        if (!(await isReachable(db)))
          throw new Unavailable('database-unreachable', 'The database is not reachable.');
        return { status: 'ok' as const, database: 'reachable' as const };
      },
    }),
  ];
}
