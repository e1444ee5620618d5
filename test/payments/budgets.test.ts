/**
 * Budgets (docs/payments.md "Budgets"): set per funding stream and financial year through the API
 * and the finance page, version-checked and audited; the position projects committed cost by the
 * payments calculation. The test clock is 5 January 2026: financial year 2025 (April 2025–March 2026).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BudgetPosition } from '../../src/payments/budget-position';
import { historyProvider, insertPackageHistory } from '../factories';
import { seedReference } from '../helpers/brokerage';
import { createWebTestContext, fieldError, textOf, type WebAgent, type WebTestContext } from '../web/helpers';

const auth = (token: string) => ({ Authorization: `Bearer ${token}` });

describe('budgets', () => {
  let ctx: WebTestContext;
  let token: string;
  let commissioner: WebAgent;

  beforeAll(async () => {
    ctx = await createWebTestContext();
    await seedReference(ctx);
    token = await ctx.tokenFor('commissioner');
    commissioner = await ctx.signedIn('commissioner');
    const db = ctx.services.db;
    const provider = await historyProvider(db, {
      name: 'Budget Care',
      roles: [{ zoneId: 'melton', role: 'prime' }],
    });
    // 10 h a week of urban care from 1 December 2025 at the indicative £18.75: £187.50 a week.
    await insertPackageHistory(db, {
      zoneId: 'melton',
      band: 'urban',
      weeklyMinutes: 600,
      episodes: [
        {
          openedAt: Date.parse('2025-11-28T09:00:00Z'),
          rounds: [
            { kind: 'primes', offers: [{ providerId: provider, answer: 'accept', afterMinutes: 30 }] },
          ],
          award: { providerId: provider, startedOn: '2025-12-01' },
        },
      ],
    });
  });
  afterAll(() => ctx.destroy());

  it('gives the position of the last financial year it takes, and refuses the one after by name', async () => {
    const res = await ctx.request.get('/budgets?financialYear=2199').set(auth(token));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ financialYear: 2199, from: '2199-04-01', to: '2200-03-31' });
    const refused = await ctx.request.get('/budgets?financialYear=2200').set(auth(token));
    expect(refused.status).toBe(400);
    expect(JSON.stringify(refused.body)).toContain('financialYear');
  });

  it('projects committed cost: spent from 1 December to today, then the same care to 31 March', async () => {
    const res = await ctx.request.get('/budgets').set(auth(token));
    expect(res.status).toBe(200);
    const position = res.body as BudgetPosition;
    expect(position).toMatchObject({
      financialYear: 2025,
      from: '2025-04-01',
      to: '2026-03-31',
      day: '2026-01-05',
    });
    const council = position.streams.find((s) => s.fundingStream === 'council')!;
    // 1 Dec – 5 Jan = 36 days: 1,875 × 600 × 36 / 420 = 96,428.57 → 96,429;
    // 6 Jan – 31 Mar = 85 days: 1,875 × 600 × 85 / 420 = 227,678.57 → 227,679.
    expect(council).toMatchObject({ spentPence: 96_429, projectedPence: 227_679, committedPence: 324_108 });
    expect(council.budgetPence).toBeNull();
    expect(position.method).toMatch(/spent so far \+ projected/);
  });

  it('sets a budget once, then only from the version read; audited', async () => {
    const put = (body: object) => ctx.request.put('/budgets/2025/council').set(auth(token)).send(body);
    const created = await put({ amountPence: 300_000 });
    expect(created.status, JSON.stringify(created.body)).toBe(200);
    expect(created.body).toMatchObject({
      fundingStream: 'council',
      financialYear: 2025,
      amountPence: 300_000,
      version: 1,
    });
    expect((await put({ amountPence: 310_000 })).status).toBe(409); // no version: would overwrite unseen
    expect((await put({ amountPence: 310_000, version: 1 })).body.version).toBe(2);
    expect((await put({ amountPence: 320_000, version: 1 })).status).toBe(409);
    expect((await put({ amountPence: -1, version: 2 })).status).toBe(400);
    expect(
      (await ctx.request.put('/budgets/2031/council').set(auth(token)).send({ amountPence: 1 })).status,
    ).toBe(400);
    const position = (await ctx.request.get('/budgets?financialYear=2025').set(auth(token)))
      .body as BudgetPosition;
    const council = position.streams.find((s) => s.fundingStream === 'council')!;
    expect(council).toMatchObject({
      budgetPence: 310_000,
      budgetVersion: 2,
      headroomPence: 310_000 - 324_108,
    });
    const audits = await ctx.services.db('audit_events').where({ action: 'budget.set' }).count({ n: '*' });
    expect(Number(audits[0]!.n)).toBe(2);
    const officer = await ctx.tokenFor('officer');
    expect((await ctx.request.get('/budgets').set(auth(officer))).status).toBe(403);
  });

  it('shows the position with its method on the finance page, and sets a budget there', async () => {
    const page = await commissioner.get('/staff/finance');
    expect(page.status).toBe(200);
    const text = textOf(page.text);
    expect(text).toContain('How the committed cost is projected');
    expect(text).toMatch(
      /Council \(adult social care\) £3,100.00 £964.29 £2,276.79 £3,241.08 Over by £141.08/,
    );
    const bad = await commissioner.submit(
      '/staff/finance',
      { fundingStream: 'chc', version: '0', amountPence: 'lots' },
      '/staff/finance',
    );
    expect(bad.status).toBe(400);
    expect(fieldError(bad.text, 'amountPence')).toMatch(/must be an amount in pounds/);
    const saved = await commissioner.submit(
      '/staff/finance',
      { fundingStream: 'chc', version: '0', amountPence: '1,250,000' },
      '/staff/finance',
    );
    expect(saved.status).toBe(303);
    const chc = (await ctx.request.get('/budgets').set(auth(token))).body.streams.find(
      (s: { fundingStream: string }) => s.fundingStream === 'chc',
    );
    expect(chc.budgetPence).toBe(125_000_000);
    // The same form again, read before that save: refused beside the amount, nothing changed.
    const stale = await commissioner.submit(
      '/staff/finance',
      { fundingStream: 'chc', version: '0', amountPence: '2,000,000' },
      '/staff/finance',
    );
    expect(stale.status).toBe(400);
    expect(fieldError(stale.text, 'amountPence')).toMatch(/version 1; reload and try again/);
    const after = (await ctx.request.get('/budgets').set(auth(token))).body.streams.find(
      (s: { fundingStream: string }) => s.fundingStream === 'chc',
    );
    expect(after.budgetPence).toBe(125_000_000);
  });
});
