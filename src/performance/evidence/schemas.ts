import { z } from 'zod';
import { IsoDate } from '../../calendar/dates';
import { checkRange } from '../../calendar/periods';
import { Id } from '../../http/params';
import { Reference } from '../../packages/schemas';
import { DateRange } from '../schemas';
import { DISTRICT_CODES } from '../../zones/districts';
import { COMPLAINT_CATEGORIES, CONCERN_OUTCOMES, SAFEGUARDING_CATEGORIES } from './concerns';
import { CQC_RATINGS, EVIDENCE_KINDS, EVIDENCE_WITHDRAW_REASONS, RAGS } from './model';

export const EvidenceIdParams = z.object({ id: Id, evidenceId: Id });

export const EvidenceListQuery = z.object(DateRange).superRefine(checkRange);

const evidenceBase = {
  occurredOn: IsoDate.describe(
    'The day it happened, YYYY-MM-DD: not before the provider joined the framework, not after today',
  ),
  reference: Reference.optional(),
};

/** A complaint's or safeguarding concern's details (./concerns.ts): codes only, nothing about the person. */
const concernDetails = {
  outcome: z.enum(CONCERN_OUTCOMES),
  upheld: z.boolean().describe('Upheld (for a safeguarding concern: substantiated)'),
  district: z
    .enum(DISTRICT_CODES)
    .describe('The district it arose in, by its ONS code (E07000129 Blaby … E07000135 Oadby and Wigston)'),
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
    z
      .object({
        kind: z.literal('complaint'),
        ...evidenceBase,
        category: z.enum(COMPLAINT_CATEGORIES),
        ...concernDetails,
      })
      .strict(),
    z
      .object({ kind: z.literal('upheld-complaint'), ...evidenceBase })
      .strict()
      .describe('Deprecated: an upheld complaint without details; record a complaint instead'),
    z
      .object({
        kind: z.literal('safeguarding-concern'),
        ...evidenceBase,
        category: z.enum(SAFEGUARDING_CATEGORIES).optional(),
        outcome: concernDetails.outcome.optional(),
        upheld: concernDetails.upheld.optional(),
        district: concernDetails.district.optional(),
      })
      .strict()
      .describe('Details optional only for older clients: the web form asks for all four'),
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
    category: z.string().nullable(),
    outcome: z.enum(CONCERN_OUTCOMES).nullable(),
    upheld: z.boolean().nullable(),
    district: z.enum(DISTRICT_CODES).nullable(),
    reference: z.string().nullable(),
    recordedAt: z.string(),
    recordedBy: z.number().int().nullable(),
    withdrawn: z.object({ at: z.string(), by: z.number().int().nullable(), reason: z.string() }).nullable(),
  })
  .meta({ id: 'QualityEvidence' });
