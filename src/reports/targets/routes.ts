import { OVERSIGHT_ROLES, STAFF_ROLES } from '../../auth/roles';
import { requireDatesInRange, targetDayCheck } from '../../calendar/field-rules';
import { defineRoute } from '../../http/route';
import type { Services } from '../../services';
import { setRagTarget } from './commands';
import { storedTargets } from './queries';
import { RagTargetsQuery, RagTargetsSchema, SetRagTargetSchema, StoredTargetSchema } from './schemas';
import { ragTargets, storedView } from './view';

/**
 * The coverage report's RAG targets (Perf19 App C; docs/reports.md "RAG targets"): staff read them;
 * commissioners (and admins) set them.
 */
export function ragTargetRoutes(services: Services) {
  const { db, clock, zoneFacts } = services;
  return [
    defineRoute({
      method: 'get',
      path: '/reports/rag-targets',
      operationId: 'getRagTargets',
      summary: 'RAG targets and tolerances in force on a day, zone overrides, and their history',
      tags: ['reports'],
      access: { roles: STAFF_ROLES },
      request: { query: RagTargetsQuery },
      responses: { 200: { description: 'The targets', schema: RagTargetsSchema } },
      async handler({ query }) {
        const now = clock.now();
        requireDatesInRange([targetDayCheck('query.on', query.on, now)]);
        return ragTargets(services, query.on, now);
      },
    }),
    defineRoute({
      method: 'post',
      path: '/reports/rag-targets',
      operationId: 'setRagTarget',
      summary: 'Set a RAG target from a date: council-wide, or a zone override with a comment (audited)',
      tags: ['reports'],
      access: { roles: OVERSIGHT_ROLES },
      request: { body: SetRagTargetSchema },
      responses: {
        201: { description: 'The target stored', schema: StoredTargetSchema },
        404: { description: 'No such zone' },
      },
      async handler({ body }, { actor }) {
        const id = await setRagTarget({ db, zoneFacts, actor, now: clock.now() }, body);
        return storedView((await storedTargets(db)).find((t) => t.id === id)!);
      },
    }),
  ];
}
