import { z } from 'zod';
import { isReachable, type Db } from '../db/connect';
import { Unavailable } from '../errors';
import { defineRoute } from '../http/route';

const HealthSchema = z
  .object({ status: z.literal('ok'), database: z.literal('reachable') })
  .meta({ id: 'Health' });

/**
 * Whether the database answers, with one trivial query shared by the health checks that arrive
 * while it runs: a burst of probes costs the database one statement, and each answer still comes
 * from a query that finished after the probe arrived.
 */
function sharedReachability(db: Db): () => Promise<boolean> {
  let running: Promise<boolean> | undefined;
  return () => {
    running ??= isReachable(db).finally(() => {
      running = undefined;
    });
    return running;
  };
}

export function healthRoutes(db: Db) {
  const reachable = sharedReachability(db);
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
        if (!(await reachable()))
          throw new Unavailable('database-unreachable', 'The database is not reachable.');
        return { status: 'ok' as const, database: 'reachable' as const };
      },
    }),
  ];
}
