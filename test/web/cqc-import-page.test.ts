import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedReference } from '../helpers/brokerage';
import { FAILING_LOCATION, FIXTURE, GOOD_LOCATION, primeAt, withCell } from '../cqc/helpers';
import { createWebTestContext, fieldError, textOf, type WebAgent, type WebTestContext } from './helpers';

describe('the CQC ratings import page', () => {
  let ctx: WebTestContext;
  let admin: WebAgent;
  let failing: number;
  const url = '/admin/imports/cqc-ratings';
  const imported = () => ctx.services.db('cqc_ratings').where({ source: 'import' });

  beforeAll(async () => {
    ctx = await createWebTestContext();
    await seedReference(ctx);
    await primeAt(ctx, 'charnwood-north', GOOD_LOCATION);
    failing = (await primeAt(ctx, 'charnwood-north', FAILING_LOCATION)).id;
    admin = await ctx.signedIn('admin');
  });
  afterAll(() => ctx.destroy());

  it('asks for the file, and says when none is pasted', async () => {
    const page = await admin.get(url);
    expect(page.status).toBe(200);
    expect(textOf(page.text)).toContain('Import CQC ratings');
    const empty = await admin.submit(url, { csv: '', mode: 'check' });
    expect(empty.status).toBe(400);
    expect(fieldError(empty.text, 'csv')).toBe('Paste the ratings file');
  });

  it('lists refused rows with their row and column, and writes nothing', async () => {
    const res = await admin.submit(url, { csv: withCell(0, 'Domain', 'Kindness'), mode: 'check' });
    expect(res.status).toBe(200);
    const text = textOf(res.text);
    expect(text).toContain('The file was refused: nothing was imported');
    expect(text).toMatch(/Row Column Reason 2 Domain .*Kindness.* is not one of Overall/);
    expect(await imported()).toEqual([]);
  });

  it('checks the file first, then applies it', async () => {
    const checked = await admin.submit(url, { csv: FIXTURE, mode: 'check' });
    expect(checked.status).toBe(200);
    const text = textOf(checked.text);
    expect(text).toContain('File checked: nothing written yet');
    expect(text).toContain('14 rows read, 13 accepted, 0 refused, 1 about a service within a location');
    expect(text).toContain('No provider matched');
    expect(checked.text).toContain('id="apply"');
    expect(await imported()).toEqual([]);

    const applied = await admin.submit(url, { csv: FIXTURE, mode: 'apply' });
    expect(applied.status).toBe(200);
    expect(textOf(applied.text)).toContain('CQC ratings imported');
    expect((await imported()).length).toBe(12);
    const stored = await ctx.services.db('providers').where({ id: failing }).first('cqc_overall');
    expect(stored.cqc_overall).toBe('inadequate');
  });

  it('is for admins only', async () => {
    const commissioner = await ctx.signedIn('commissioner');
    expect((await commissioner.get(url)).status).toBe(403);
  });
});
