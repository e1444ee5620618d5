import { z } from 'zod';
import { IsoDate, SENSIBLE_YEARS } from '../calendar/dates';
import { FUNDING_STREAMS } from '../packages/model';

/**
 * A financial year (April–March) by the calendar year its April is in. The last one allowed ends
 * in the last sensible year (src/calendar/dates.ts), so every day it prices is a date the service takes.
 */
const FinancialYear = z.coerce
  .number()
  .int()
  .min(2021)
  .max(SENSIBLE_YEARS.last - 1)
  .describe('The financial year by the year its April is in (2026 = April 2026 to March 2027)');

export const BudgetsQuery = z.object({
  financialYear: FinancialYear.optional().describe('Default: the financial year of today (England)'),
});

export const BudgetParams = z.object({
  financialYear: FinancialYear,
  fundingStream: z.enum(FUNDING_STREAMS),
});

/** £1bn: more than any council's home-care budget, so anything larger is a typing error. */
export const MAX_BUDGET_PENCE = 100_000_000_000;

export const SetBudgetBody = z
  .object({
    amountPence: z.number().int().min(0).max(MAX_BUDGET_PENCE).describe('The annual budget in whole pence'),
    version: z
      .number()
      .int()
      .min(0)
      .optional()
      .describe('The version you read; leave out (or 0) to create the year’s budget for the stream'),
  })
  .strict()
  .meta({ id: 'SetBudget' });

export const BudgetSchema = z
  .object({
    fundingStream: z.enum(FUNDING_STREAMS),
    financialYear: z.number().int(),
    amountPence: z.number().int(),
    version: z.number().int(),
    updatedAt: z.string(),
    updatedBy: z.number().int().nullable(),
  })
  .meta({ id: 'Budget' });

const Position = {
  budgetPence: z.number().int().nullable(),
  spentPence: z.number().int(),
  projectedPence: z.number().int(),
  committedPence: z.number().int().describe('spent + projected'),
  headroomPence: z
    .number()
    .int()
    .nullable()
    .describe('budget − committed; negative: an overspend is committed'),
};

export const BudgetPositionSchema = z
  .object({
    financialYear: z.number().int(),
    from: IsoDate,
    to: IsoDate,
    day: IsoDate.describe('The last day counted as spent'),
    method: z.string().describe('How the committed cost is projected'),
    streams: z.array(
      z.object({
        fundingStream: z.enum(FUNDING_STREAMS),
        budgetVersion: z.number().int().nullable(),
        ...Position,
      }),
    ),
    total: z.object(Position),
  })
  .meta({ id: 'BudgetPosition' });
