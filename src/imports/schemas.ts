import { z } from 'zod';

/** `?dryRun=true`: check the file and report, writing nothing. */
export const DryRunFlag = z
  .enum(['true', 'false'])
  .default('false')
  .transform((v) => v === 'true')
  .describe('true: check the file and report what it would change, writing nothing');

/** Every import's `?mode=`: the whole file or nothing (default), or only the rows that pass. */
export const IMPORT_MODES = ['all-or-nothing', 'valid-rows'] as const;
export type ImportMode = (typeof IMPORT_MODES)[number];

export const ImportModeFlag = z
  .enum(IMPORT_MODES)
  .default('all-or-nothing')
  .describe(
    'all-or-nothing (default): any refused row refuses the file, nothing is written; valid-rows: the rows that pass are written and the refused ones listed',
  );

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
