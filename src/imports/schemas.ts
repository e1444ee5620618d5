import { z } from 'zod';

/** `?dryRun=true`: check the file and report, writing nothing. */
export const DryRunFlag = z
  .enum(['true', 'false'])
  .default('false')
  .transform((v) => v === 'true')
  .describe('true: check the file and report what it would change, writing nothing');

export const RefusalSchema = z
  .object({
    row: z.number().int().describe('The row in the file; the header is row 1'),
    column: z.string(),
    reason: z.string(),
  })
  .meta({ id: 'ImportRefusal' });

/** The 422 of a file refused whole (all or nothing): its counts and every refused row. */
export const ImportRefusedSchema = z
  .object({
    dryRun: z.boolean(),
    applied: z.literal(false),
    rowsRead: z.number().int(),
    accepted: z.number().int(),
    refused: z.number().int(),
    refusals: z.array(RefusalSchema),
  })
  .meta({ id: 'ImportRefused' });

/** A CSV file as the body (the route reads `text/csv`). */
export const csvBody = (description: string) =>
  z
    .string({ error: 'send the file as the body, with Content-Type: text/csv' })
    .min(1, 'the file is empty')
    .describe(description);
