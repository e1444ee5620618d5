import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { londonDate, toDayNumber } from '../../src/calendar/dates';
import { londonDaySql } from '../../src/calendar/london-day';
import { createTestContext, type TestContext } from '../helpers/context';

describe('London day numbers in SQL', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext();
  });
  afterAll(() => ctx.destroy());

  it('gives the day in England on this engine, either side of the clock changes and of midnight in summer', async () => {
    const instants = [
      '2025-03-30T00:59:59.999Z',
      '2025-03-30T01:00:00Z',
      '2025-06-30T22:59:59.999Z',
      '2025-06-30T23:00:00Z',
      '2025-10-26T00:59:59.999Z',
      '2025-10-26T01:00:00Z',
      '2025-12-31T23:59:59.999Z',
    ].map(Date.parse);
    for (const t of instants) {
      const rows = await ctx.services.db.raw(`select ${londonDaySql(String(t), 2024, 2026)} as d`);
      const d = Number((Array.isArray(rows) ? rows : rows.rows)[0].d);
      expect(d, new Date(t).toISOString()).toBe(toDayNumber(londonDate(t)));
    }
  });
});
