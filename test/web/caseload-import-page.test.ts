import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { providerInZone, seedReference, type TestProvider } from '../helpers/brokerage';
import { caseloadCsv, caseloadRow } from '../imports/caseload-helpers';
import { createWebTestContext, textOf, type WebAgent, type WebTestContext } from './helpers';

describe('the caseload import and before-and-after pages', () => {
  let ctx: WebTestContext;
  let officer: WebAgent;
  let prime: TestProvider;
  const url = '/admin/imports/caseload';

  beforeAll(async () => {
    ctx = await createWebTestContext();
    await seedReference(ctx);
    prime = await providerInZone(ctx, 'charnwood-north', 'prime');
    officer = await ctx.signedIn('officer');
  });
  afterAll(() => ctx.destroy());

  it('lists refused rows by row and column, and writes nothing', async () => {
    const csv = caseloadCsv([caseloadRow('PG-0001', prime.id, { zone_role: 'lead' })]);
    const res = await officer.submit(url, { csv, action: 'check', mode: 'all-or-nothing' });
    expect(res.status).toBe(200);
    expect(textOf(res.text)).toMatch(/nothing was imported.*Row Column Reason 2 zone_role/);
    expect(await ctx.services.db('packages')).toEqual([]);
  });

  it('checks the file, then imports it, showing the report', async () => {
    const csv = caseloadCsv([caseloadRow('PG-0002', prime.id)]);
    const checked = await officer.submit(url, { csv, action: 'check', mode: 'all-or-nothing' });
    expect(textOf(checked.text)).toContain('File checked: nothing written yet');
    expect(await ctx.services.db('packages')).toEqual([]);
    const applied = await officer.submit(url, { csv, action: 'apply', mode: 'all-or-nothing' });
    expect(textOf(applied.text)).toContain('1 rows read: 1 imported, 0 already held (unchanged), 0 refused');
    expect(await ctx.services.db('packages').where({ reference: 'PG-0002', status: 'active' })).toHaveLength(
      1,
    );
  });

  it('shows the before-and-after comparison with its counts', async () => {
    const page = await officer.get('/staff/before-after?date=2021-11-01');
    expect(page.status).toBe(200);
    expect(textOf(page.text)).toContain('Before and after');
    expect(page.text).toContain('id="by-zone"');
  });
});
