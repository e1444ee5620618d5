import { CASELOAD_COLUMNS, type CaseloadColumn } from '../../src/imports/caseload/layout';

type Row = Partial<Record<CaseloadColumn, string | number>>;

/** A caseload row in charnwood-north (Loughborough) with `overrides`. */
export function caseloadRow(reference: string, providerId: number, overrides: Row = {}): Row {
  return {
    reference,
    postcode: 'LE11 3TU',
    weekly_hours: 10,
    visits_per_week: 14,
    provider: providerId,
    zone_role: 'prime',
    start_date: '2025-06-01',
    funding_stream: 'council',
    specialisms: 'dementia',
    two_carers: 'no',
    ...overrides,
  };
}

/** The rows as a caseload file: every documented column, a header row, optionally a BOM. */
export function caseloadCsv(rows: readonly Row[], options: { bom?: boolean } = {}): string {
  const cell = (v: string | number | undefined) => {
    const s = v === undefined ? '' : String(v);
    return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const lines = [
    CASELOAD_COLUMNS.join(','),
    ...rows.map((r) => CASELOAD_COLUMNS.map((c) => cell(r[c])).join(',')),
  ];
  return `${options.bom ? '\uFEFF' : ''}${lines.join('\r\n')}\r\n`;
}
