import { z } from 'zod';
import { csvBody, DryRunFlag, IMPORT_MODES, ImportModeFlag, RefusalSchema } from '../schemas';
import { BASELINE_COLUMNS } from './check';

export const BaselineImportQuery = z.object({ dryRun: DryRunFlag, mode: ImportModeFlag });

export const BaselineCsv = csvBody(
  `The old framework's past referrals, one a row (docs/imports.md "Baseline"). Header row with the columns ${BASELINE_COLUMNS.join(', ')}; zone or postcode; placement_date empty when never placed`,
);

export const BaselineImportReportSchema = z
  .object({
    dryRun: z.boolean(),
    applied: z.boolean(),
    mode: z.enum(IMPORT_MODES),
    rowsRead: z.number().int(),
    accepted: z.number().int().describe('Rows that passed: imported plus unchanged'),
    refused: z.number().int(),
    imported: z.number().int(),
    unchanged: z.number().int().describe('Rows whose reference is already held: left as they are'),
    refusals: z.array(RefusalSchema),
  })
  .meta({ id: 'BaselineImportReport', description: 'What a baseline file wrote (or would write)' });
export type BaselineImportReport = z.output<typeof BaselineImportReportSchema>;
