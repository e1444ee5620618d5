import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedReference } from '../helpers/brokerage';
import { createWebTestContext, fieldError, textOf, type WebAgent, type WebTestContext } from './helpers';

describe('RAG targets page', () => {
  let ctx: WebTestContext;
  let commissioner: WebAgent;
  const url = '/staff/rag-targets';
  const today = { 'effectiveFrom-day': '5', 'effectiveFrom-month': '1', 'effectiveFrom-year': '2026' };

  beforeAll(async () => {
    ctx = await createWebTestContext();
    await seedReference(ctx);
    commissioner = await ctx.signedIn('commissioner');
  });
  afterAll(() => ctx.destroy());

  it('shows the defaults, and lets an officer read but not set them', async () => {
    const officer = await ctx.signedIn('officer');
    const page = await officer.get(url);
    expect(page.status).toBe(200);
    expect(textOf(page.text)).toContain(
      'Pick-up within target (%) 80 20 Default (configuration) Configuration',
    );
    expect(page.text).not.toContain('<form method="post" action="/staff/rag-targets"');
    expect(textOf(page.text)).toContain('No target has been set');
  });

  it('sets a council target and a zone override with who and why, and refuses an override without a comment', async () => {
    const set = await commissioner.submit(
      url,
      { metric: 'pickUp', zoneId: '', target: '85', tolerance: '5', ...today, comment: '' },
      url,
    );
    expect(set.status).toBe(303);
    const bare = await commissioner.submit(
      url,
      { metric: 'supply', zoneId: 'bottesford', target: '60', tolerance: '20', ...today, comment: '' },
      url,
    );
    expect(bare.status).toBe(400);
    expect(fieldError(bare.text, 'comment')).toBe('The comment is required for a zone override');
    const past = await commissioner.submit(
      url,
      {
        metric: 'supply',
        zoneId: '',
        target: '60',
        tolerance: '20',
        'effectiveFrom-day': '1',
        'effectiveFrom-month': '1',
        'effectiveFrom-year': '2026',
        comment: '',
      },
      url,
    );
    expect(past.status).toBe(400);
    expect(fieldError(past.text, 'effectiveFrom')).toMatch(/must not be before today/);
    const override = await commissioner.submit(
      url,
      {
        metric: 'supply',
        zoneId: 'bottesford',
        target: '60',
        tolerance: '20',
        ...today,
        comment: 'two providers only',
      },
      url,
    );
    expect(override.status).toBe(303);
    const text = textOf((await commissioner.get(url)).text);
    expect(text).toMatch(/Pick-up within target \(%\) 85 5 Council from 5 January 2026 [^:]+/);
    expect(text).toMatch(
      /Bottesford override 60 20 Zone override from 5 January 2026 .+: two providers only/,
    );
    expect(text).toMatch(/History .*Supply \(placed hours, % of planned\) Bottesford 60 20 5 January 2026/);
  });

  it('shows the target and override on the coverage page', async () => {
    const text = textOf((await commissioner.get('/staff/coverage')).text);
    expect(text).toContain('two providers only');
  });
});
