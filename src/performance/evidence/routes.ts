import { z } from 'zod';
import { EVIDENCE_RECORDER_ROLES, ROLES } from '../../auth/roles';
import { IdParams } from '../../http/params';
import { defineRoute } from '../../http/route';
import type { Services } from '../../services';
import { assertOwnProvider } from '../access';
import type { NewEvidence } from './model';
import { listEvidence } from './queries';
import { recordEvidence, withdrawEvidence } from './record';
import {
  EvidenceIdParams,
  EvidenceListQuery,
  EvidenceSchema,
  NewEvidenceSchema,
  WithdrawEvidenceSchema,
} from './schemas';

export function evidenceRoutes({ db, clock }: Services) {
  return [
    defineRoute({
      method: 'get',
      path: '/providers/:id/quality-evidence',
      operationId: 'listQualityEvidence',
      summary: 'Quality evidence recorded for a provider, newest first',
      tags: ['performance'],
      access: { roles: ROLES },
      request: { params: IdParams, query: EvidenceListQuery },
      responses: {
        200: {
          description: 'Evidence',
          schema: z.object({ evidence: z.array(EvidenceSchema) }).meta({ id: 'QualityEvidenceList' }),
        },
        404: { description: 'No such provider (or not yours)' },
      },
      async handler({ params, query }, { actor }) {
        assertOwnProvider(actor, params.id);
        return { evidence: await listEvidence(db, params.id, query) };
      },
    }),
    defineRoute({
      method: 'post',
      path: '/providers/:id/quality-evidence',
      operationId: 'recordQualityEvidence',
      summary: 'Record a monitoring visit, upheld complaint, safeguarding concern or CQC rating change',
      tags: ['performance'],
      access: { roles: EVIDENCE_RECORDER_ROLES },
      request: { params: IdParams, body: NewEvidenceSchema },
      responses: {
        201: { description: 'Recorded', schema: EvidenceSchema },
        404: { description: 'No such provider' },
        422: { description: 'Dated in the future' },
      },
      async handler({ params, body }, { actor }) {
        return recordEvidence({ db, actor, now: clock.now() }, params.id, body as NewEvidence);
      },
    }),
    defineRoute({
      method: 'post',
      path: '/providers/:id/quality-evidence/:evidenceId/withdraw',
      operationId: 'withdrawQualityEvidence',
      summary: 'Withdraw evidence recorded in error (kept, and still explains past scores)',
      tags: ['performance'],
      access: { roles: EVIDENCE_RECORDER_ROLES },
      request: { params: EvidenceIdParams, body: WithdrawEvidenceSchema },
      responses: {
        200: { description: 'Withdrawn', schema: EvidenceSchema },
        404: { description: 'No such evidence' },
        409: { description: 'Already withdrawn' },
      },
      async handler({ params, body }, { actor }) {
        const target = { providerId: params.id, evidenceId: params.evidenceId, reason: body.reason };
        return withdrawEvidence({ db, actor, now: clock.now() }, target);
      },
    }),
  ];
}
