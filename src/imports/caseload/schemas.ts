import { z } from 'zod';
import { csvBody, DryRunFlag, IMPORT_MODES, ImportModeFlag, RefusalSchema } from '../schemas';
import { CASELOAD_COLUMNS } from './layout';

export const CaseloadImportQuery = z.object({ dryRun: DryRunFlag, mode: ImportModeFlag });

export const CaseloadCsv = csvBody(
  `The packages already in care, one a row (docs/imports.md "Caseload"). Header row with the columns ${CASELOAD_COLUMNS.join(', ')}; required: reference, postcode or latitude and longitude, weekly_hours, visits_per_week, provider, zone_role, start_date, funding_stream`,
);

export const ROW_OUTCOMES = ['imported', 'unchanged'] as const;

export const CaseloadImportReportSchema = z
  .object({
    dryRun: z.boolean(),
    applied: z.boolean().describe('True when rows were written (never on a dry run)'),
    mode: z.enum(IMPORT_MODES),
    rowsRead: z.number().int(),
    accepted: z.number().int().describe('Rows that passed: imported plus unchanged'),
    refused: z.number().int().describe('Rows refused (valid-rows mode only: otherwise the answer is 422)'),
    imported: z.number().int().describe('New packages in care (on a dry run: that would be)'),
    unchanged: z.number().int().describe('Rows whose reference the service already holds: left as they are'),
    refusals: z.array(RefusalSchema),
    rows: z.array(
      z.object({
        row: z.number().int(),
        reference: z.string(),
        outcome: z.enum(ROW_OUTCOMES),
        packageId: z.number().int().nullable().describe('The new package (null when unchanged or a dry run)'),
        zoneId: z.string().nullable(),
        band: z.string().nullable(),
      }),
    ),
  })
  .meta({
    id: 'CaseloadImportReport',
    description: 'What a caseload file wrote (or would write), row by row',
  });
export type CaseloadImportReport = z.output<typeof CaseloadImportReportSchema>;
