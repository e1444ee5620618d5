import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureReference, historyProvider, insertEvidence } from '../factories';
import { createWebTestContext, errorSummary, textOf, type WebAgent, type WebTestContext } from './helpers';

describe('provider risk pages', () => {
  let ctx: WebTestContext;
  let commissioner: WebAgent;
  const ids = {} as Record<'concern' | 'quiet', number>;

  beforeAll(async () => {
    ctx = await createWebTestContext();
    const db = ctx.services.db;
    await ensureReference(db);
    ids.concern = await historyProvider(db, { name: 'Wolds Concern Care' });
    ids.quiet = await historyProvider(db, { name: 'Wolds Quiet Care' });
    await insertEvidence(db, ids.concern, {
      kind: 'safeguarding-concern',
      occurredOn: '2026-01-10',
      upheld: true,
      district: 'E07000133',
    });
    ctx.clock.set('2026-02-02T10:00:00Z');
    commissioner = await ctx.signedIn('commissioner');
  });
  afterAll(() => ctx.destroy());

  it('rates last month on request and lists the providers to review, with why', async () => {
    const before = textOf((await commissioner.get('/staff/provider-risk')).text);
    expect(before).toContain('January 2026');
    expect(before).toContain('Not rated yet');

    const run = await commissioner.submit(
      '/staff/provider-risk',
      { month: '2026-01' },
      '/staff/provider-risk/run',
    );
    expect(run.status).toBe(303);
    const page = textOf((await commissioner.get('/staff/provider-risk?month=2026-01')).text);
    expect(page).toContain('January 2026 rated');
    expect(page).toContain(
      'Wolds Concern Care Red 1 substantiated safeguarding concern 1 safeguarding concern raised 0 hours Review',
    );
    expect(page).not.toMatch(/Desktop review or visit.*Wolds Quiet Care.*Every provider/);
  });

  it('overrides a provider’s RAG for the month with a reason, and shows both', async () => {
    const url = `/staff/provider-risk/${ids.concern}?month=2026-01`;
    const missing = await commissioner.submit(
      url,
      { month: '2026-01' },
      `/staff/provider-risk/${ids.concern}`,
    );
    expect(missing.status).toBe(400);
    expect(errorSummary(missing.text)).toEqual(['Select the RAG for the month', 'Select why']);

    const set = await commissioner.submit(
      url,
      { month: '2026-01', rag: 'amber', reason: 'action-plan-in-place', comment: '' },
      `/staff/provider-risk/${ids.concern}`,
    );
    expect(set.status).toBe(303);
    const page = textOf((await commissioner.get('/staff/provider-risk?month=2026-01')).text);
    expect(page).toContain('Wolds Concern Care set to amber for January 2026');
    expect(page).toContain('Wolds Concern Care Amber Set by hand; computed red');
    const audit = await ctx.services.db('audit_events').where({ action: 'provider-risk.override' });
    expect(audit).toHaveLength(1);
  });

  it('is closed to providers and officers', async () => {
    const provider = await ctx.signedIn('provider', ids.concern);
    expect((await provider.get('/staff/provider-risk')).status).toBe(403);
    const officer = await ctx.signedIn('officer');
    expect((await officer.get('/staff/provider-risk')).status).toBe(403);
  });
});
