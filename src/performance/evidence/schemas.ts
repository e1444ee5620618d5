import { z } from 'zod';
import { IsoDate } from '../../calendar/dates';
import { checkRange } from '../../calendar/periods';
import { Id } from '../../http/params';
import { Reference } from '../../packages/schemas';
import { DateRange } from '../schemas';
import { CQC_RATINGS, EVIDENCE_KINDS, EVIDENCE_WITHDRAW_REASONS, RAGS } from './model';

export const EvidenceIdParams = z.object({ id: Id, evidenceId: Id });

export const EvidenceListQuery = z.object(DateRange).superRefine(checkRange);

const evidenceBase = {
  occurredOn: IsoDate.describe(
    'The day it happened, YYYY-MM-DD: not before the provider joined the framework, not after today',
  ),
  reference: Reference.optional(),
};

export const NewEvidenceSchema = z
  .discriminatedUnion('kind', [
    z
      .object({
        kind: z.literal('monitoring-visit'),
        ...evidenceBase,
        score: z.number().int().min(0).max(100),
        rag: z.enum(RAGS),
      })
      .strict(),
    z.object({ kind: z.literal('upheld-complaint'), ...evidenceBase }).strict(),
    z.object({ kind: z.literal('safeguarding-concern'), ...evidenceBase }).strict(),
    z.object({ kind: z.literal('cqc-rating'), ...evidenceBase, rating: z.enum(CQC_RATINGS) }).strict(),
  ])
  .meta({
    id: 'NewQualityEvidence',
    description: 'Dated, structured quality evidence: no free text about people',
  });

export const WithdrawEvidenceSchema = z.object({ reason: z.enum(EVIDENCE_WITHDRAW_REASONS) }).strict();

export const EvidenceSchema = z
  .object({
    id: z.number().int(),
    providerId: z.number().int(),
    kind: z.enum(EVIDENCE_KINDS),
    occurredOn: z.string(),
    score: z.number().int().nullable(),
    rag: z.enum(RAGS).nullable(),
    rating: z.enum(CQC_RATINGS).nullable(),
    reference: z.string().nullable(),
    recordedAt: z.string(),
    recordedBy: z.number().int().nullable(),
    withdrawn: z.object({ at: z.string(), by: z.number().int().nullable(), reason: z.string() }).nullable(),
  })
  .meta({ id: 'QualityEvidence' });
