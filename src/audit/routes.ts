import { z } from 'zod';
import { OVERSIGHT_ROLES } from '../auth/roles';
import type { Db } from '../db/connect';
import { defineRoute } from '../http/route';
import { listAuditEvents } from './queries';

const AuditEventSchema = z
  .object({
    id: z.number(),
    at: z.string(),
    actor: z.object({ userId: z.number().nullable(), role: z.string() }),
    action: z.string(),
    entityType: z.string(),
    entityId: z.string(),
    before: z.unknown(),
    after: z.unknown(),
    requestId: z.string().nullable(),
  })
  .meta({ id: 'AuditEvent' });

export function auditRoutes(db: Db) {
  return [
    defineRoute({
      method: 'get',
      path: '/audit',
      operationId: 'listAuditEvents',
      summary: 'The audit trail of one entity, or of one entity type, newest first',
      tags: ['audit'],
      access: { roles: OVERSIGHT_ROLES },
      request: {
        query: z.object({
          entity: z
            .string()
            .min(1)
            .max(40)
            .regex(/^[a-z][a-z-]*$/, 'an entity type such as "package"'),
          id: z.string().min(1).max(80).optional(),
          limit: z.coerce.number().int().min(1).max(500).default(100),
          before: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER).optional(),
        }),
      },
      responses: {
        200: { description: 'Audit events', schema: z.object({ events: z.array(AuditEventSchema) }) },
      },
      async handler({ query }) {
        const events = await listAuditEvents(db, {
          entityType: query.entity,
          entityId: query.id,
          limit: query.limit,
          beforeId: query.before,
        });
        return { events };
      },
    }),
  ];
}
