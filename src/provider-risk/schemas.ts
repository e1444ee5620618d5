import { z } from 'zod';
import { IsoMonth } from '../calendar/months';
import { Id } from '../http/params';
import { CQC_RATINGS } from '../providers/model';
import { RISK_OVERRIDE_REASONS, RISK_RAGS, RISK_REASONS } from './model';

const MONTH = 'The month, YYYY-MM, from the framework’s first (2021-11) to this one; unset: last month';

export const RiskMonthQuery = z.object({ month: IsoMonth.optional().describe(MONTH) });

export const RiskRunSchema = z
  .object({ month: IsoMonth.optional().describe(MONTH) })
  .strict()
  .meta({ id: 'ProviderRiskRunRequest' });

export const RiskOverrideParams = z.object({ providerId: Id });

export const RiskOverrideComment = z
  .string()
  .trim()
  .min(3)
  .max(200)
  .describe('Why, in a sentence: about the provider, never a person (no names, no health details)');

export const RiskOverrideSchema = z
  .object({
    month: IsoMonth,
    rag: z.enum(RISK_RAGS),
    reason: z.enum(RISK_OVERRIDE_REASONS),
    comment: RiskOverrideComment.optional(),
  })
  .strict()
  .meta({ id: 'ProviderRiskOverrideRequest' });

const RiskReasonSchema = z.object({ code: z.enum(RISK_REASONS), rag: z.enum(['red', 'amber']) });

export const ProviderRiskSchema = z
  .object({
    providerId: z.number().int(),
    providerName: z.string(),
    month: z.string(),
    rag: z.enum(RISK_RAGS).describe('The override’s RAG where there is one, else the computed one'),
    computedRag: z.enum(RISK_RAGS),
    reasons: z.array(RiskReasonSchema).describe('Why the computed RAG is red or amber, worst first'),
    inputs: z.object({
      cqcOverall: z.enum(CQC_RATINGS).nullable(),
      complaints: z.number().int(),
      upheldComplaints: z.number().int(),
      safeguardingConcerns: z.number().int(),
      substantiatedConcerns: z.number().int(),
      packagesHeld: z.number().int(),
      weeklyMinutesHeld: z.number().int(),
    }),
    computedAt: z.string(),
    override: z
      .object({
        rag: z.enum(RISK_RAGS),
        reason: z.enum(RISK_OVERRIDE_REASONS),
        comment: z.string().nullable(),
        by: z.number().int().nullable(),
        at: z.string(),
      })
      .nullable(),
  })
  .meta({ id: 'ProviderRisk' });

export const ProviderRiskMonthSchema = z
  .object({
    month: z.string(),
    ratings: z.array(ProviderRiskSchema).describe('Every provider rated for the month, by name'),
    reviewList: z
      .array(ProviderRiskSchema)
      .describe('Desktop review or visit: red and amber providers, most severe first'),
  })
  .meta({ id: 'ProviderRiskMonth' });

export const RiskRunResultSchema = z
  .object({
    month: z.string(),
    skipped: z.boolean(),
    providers: z.number().int(),
    counts: z.object({ red: z.number().int(), amber: z.number().int(), green: z.number().int() }),
  })
  .meta({ id: 'ProviderRiskRun' });
