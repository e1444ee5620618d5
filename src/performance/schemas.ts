import { z } from 'zod';
import { BANDS } from '../pricing/bands';
import { IsoDate, Reference } from '../packages/schemas';
import {
  CQC_RATINGS,
  DECISION_REASONS,
  EVIDENCE_KINDS,
  EVIDENCE_WITHDRAW_REASONS,
  FLAG_KINDS,
  FLAG_STATUSES,
  KPI_DIMENSIONS,
  RAGS,
} from './model';

const Id = z.coerce.number().int().positive().max(2_147_483_647);
const ZoneId = z.string().regex(/^[a-z0-9-]{1,60}$/, 'a zone id such as charnwood-north');

export const ProviderIdParams = z.object({ id: Id });
export const EvidenceIdParams = z.object({ id: Id, evidenceId: Id });
export const FlagIdParams = z.object({ id: Id });

/** A period of calendar dates in England, both ends included, at most five years. */
const DateRange = {
  from: IsoDate.optional().describe('First day, YYYY-MM-DD (default: 364 days before `to`)'),
  to: IsoDate.optional().describe('Last day, YYYY-MM-DD (default: today)'),
};

function checkRange(q: { from?: string; to?: string }, ctx: z.RefinementCtx) {
  if (q.from && q.to && q.to < q.from)
    ctx.addIssue({ code: 'custom', path: ['to'], message: 'must not be before from' });
  if (q.from && q.to && Date.parse(q.to) - Date.parse(q.from) > 5 * 366 * 86_400_000) {
    ctx.addIssue({ code: 'custom', path: ['to'], message: 'the period may be at most five years' });
  }
}

export const KpiQuerySchema = z
  .object({
    ...DateRange,
    groupBy: z
      .string()
      .optional()
      .describe('Comma-separated dimensions: provider, zone, band (none = county-wide)')
      .transform((v, ctx) => {
        const dims = v
          ? v
              .split(',')
              .map((d) => d.trim())
              .filter(Boolean)
          : [];
        for (const d of dims) {
          if (!(KPI_DIMENSIONS as readonly string[]).includes(d)) {
            ctx.addIssue({ code: 'custom', message: `unknown dimension "${d}" (provider, zone, band)` });
            return z.NEVER;
          }
        }
        return [...new Set(dims)] as (typeof KPI_DIMENSIONS)[number][];
      }),
    provider: Id.optional(),
    zone: ZoneId.optional(),
    band: z.enum(BANDS).optional(),
  })
  .superRefine(checkRange);

export const HistoryQuerySchema = z
  .object({
    ...DateRange,
    zone: ZoneId.optional(),
    limit: z.coerce.number().int().min(1).max(1000).default(100),
  })
  .superRefine(checkRange);

export const ScoresQuerySchema = z.object({
  zone: ZoneId.optional(),
  at: z.iso.datetime({ offset: true }).optional().describe('The instant to read scores at (default: now)'),
});

export const EvidenceListQuery = z.object(DateRange).superRefine(checkRange);

const evidenceBase = { occurredOn: IsoDate, reference: Reference.optional() };

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

export const FlagListQuery = z.object({
  status: z.enum(FLAG_STATUSES).optional(),
  kind: z.enum(FLAG_KINDS).optional(),
  zone: ZoneId.optional(),
  provider: Id.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

export const ConfirmFlagSchema = z
  .object({
    reason: z.enum(DECISION_REASONS),
    acknowledgeBelowMinPrimes: z
      .boolean()
      .default(false)
      .describe('Required (true) when the demotion leaves the zone below its minimum primes'),
  })
  .strict();

export const DismissFlagSchema = z.object({ reason: z.enum(DECISION_REASONS) }).strict();
