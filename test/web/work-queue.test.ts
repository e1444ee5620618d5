import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  PLACES,
  charnwoodPrimes,
  intakeAs,
  offerFor,
  seedReference,
  type TestProvider,
} from '../helpers/brokerage';
import {
  createWebTestContext,
  errorSummary,
  heading,
  textOf,
  type WebAgent,
  type WebTestContext,
} from './helpers';

const HOUR = 3_600_000;
const linkedIds = (html: string) =>
  [...html.matchAll(/<th scope="row"[^>]*><a class="govuk-link" href="\/staff\/packages\/(\d+)"/g)].map((m) =>
    Number(m[1]),
  );
/** The sub-navigation's views as text: "Needs action (1)". */
const tabs = (html: string) =>
  [...html.matchAll(/class="app-sub-navigation__link[^>]*>([\s\S]*?)<\/a>/g)].map((m) => textOf(m[1]!));

describe('officer work queue and search pages', () => {
  let ctx: WebTestContext;
  let officer: WebAgent;
  let officerToken: string;
  let primes: TestProvider[];
  const ids: Record<string, number> = {};

  beforeAll(async () => {
    ctx = await createWebTestContext();
    await seedReference(ctx);
    primes = await charnwoodPrimes(ctx);
    officer = await ctx.signedIn('officer');
    officerToken = await ctx.tokenFor('officer');
    const intake = async (overrides: Record<string, unknown>) =>
      (await intakeAs(ctx, officerToken, overrides)).id;
    ids.standard = await intake({ reference: 'QA-STD-1' });
    ctx.clock.advance(60_000);
    ids.discharge = await intake({
      reference: 'QA-HD-1',
      urgency: 'hospital-discharge',
      fundingStream: 'd2a',
      fundedUntil: '2026-02-01',
      reviewDue: '2026-01-26',
    });
    ids.unplaced = await intake({ reference: 'QB-UNPL-1', location: PLACES.hinckley });
    ctx.clock.advance(HOUR);
    ids.later = await intake({ reference: 'qa-std-2' });
  });
  afterAll(() => ctx.destroy());

  describe('/staff/queue', () => {
    it('shows both views with their counts, needing action first, and the thresholds', async () => {
      const res = await officer.get('/staff/queue');
      expect(res.status).toBe(200);
      expect(tabs(res.text)).toEqual(['Needs action (1)', 'With providers (3)']);
      expect(res.text).toMatch(/aria-current="page">Needs action/);
      expect(linkedIds(res.text)).toEqual([ids.unplaced]);
      const text = textOf(res.text);
      expect(text).toContain('flagged for escalation 48 hours after intake');
      expect(text).toContain('2 days after the agreed start');
      expect(text).toContain('Unplaced: widen the search');
    });

    it('lists packages with providers urgent first, then by the soonest window end, with the answers', async () => {
      await ctx.request
        .post(`/offers/${(await offerFor(ctx, primes[0]!, ids.standard!))!.id}/decline`)
        .set({ Authorization: `Bearer ${primes[0]!.token}` })
        .send({ reason: 'no-capacity' });
      const res = await officer.get('/staff/queue?view=with-providers');
      expect(linkedIds(res.text)).toEqual([ids.discharge, ids.standard, ids.later]);
      expect(textOf(res.text)).toContain('0 / 1 / 2 of 3');
      // The funding stream beside the urgency, for any package not council-funded.
      expect(textOf(res.text)).toContain('Hospital discharge Discharge to assess (D2A)');
      expect(textOf(res.text).match(/Council \(adult social care\)/g)).toBeNull();
    });

    it('keeps the filters in the address: in the view links, the sort links and the form', async () => {
      const res = await officer.get('/staff/queue?view=with-providers&band=urban&urgency=standard');
      expect(linkedIds(res.text)).toEqual([ids.standard, ids.later]);
      expect(tabs(res.text)).toEqual(['Needs action (1)', 'With providers (2)']);
      expect(res.text).toContain('href="/staff/queue?view=needs-action&amp;band=urban&amp;urgency=standard"');
      expect(res.text).toContain(
        'href="/staff/queue?view=with-providers&amp;band=urban&amp;urgency=standard&amp;sort=waited&amp;order=desc"',
      );
      expect(res.text).toContain('<input type="hidden" name="view" value="with-providers">');
      expect(res.text).toContain('data-queue-refresh="60"');
    });

    it('sorts on the server by a column, saying so with aria-sort', async () => {
      const res = await officer.get('/staff/queue?view=with-providers&sort=waited&order=asc');
      expect(linkedIds(res.text)).toEqual([ids.later, ids.discharge, ids.standard]);
      expect(res.text).toMatch(
        /aria-sort="ascending">\s*<a class="govuk-link app-sort-link" href="[^"]*sort=waited&amp;order=desc"/,
      );
      expect(textOf(res.text)).toContain('Sort by priority again');
    });
  });

  describe('/staff/packages', () => {
    it('finds packages by the start of their reference in any case, or exactly', async () => {
      const prefix = await officer.get('/staff/packages?reference=QA-STD&match=prefix');
      expect(linkedIds(prefix.text)).toEqual([ids.later, ids.standard]);
      const exact = await officer.get('/staff/packages?reference=QA-STD-1&match=exact');
      expect(linkedIds(exact.text)).toEqual([ids.standard]);
      expect(textOf(exact.text)).toContain('1 package found');
    });

    it('filters by status, zone and urgency, blank fields matching all', async () => {
      const res = await officer.get(
        '/staff/packages?reference=&match=prefix&status=unplaced&zone=&band=&urgency=&provider=&intakeFrom=&intakeTo=',
      );
      expect(linkedIds(res.text)).toEqual([ids.unplaced]);
      const discharge = await officer.get('/staff/packages?urgency=hospital-discharge');
      expect(linkedIds(discharge.text)).toEqual([ids.discharge]);
    });

    it('refuses a filter it does not have, naming it, rather than listing every package', async () => {
      const res = await officer.get('/staff/packages?ref=QA-STD-1');
      expect(res.status).toBe(400);
      expect(errorSummary(res.text)).toEqual(['The search has no “ref” filter: remove it from the address']);
      expect(linkedIds(res.text)).toEqual([]);
    });
  });

  describe('package page actions', () => {
    it('edits hours and needs, recording it in the history', async () => {
      const url = `/staff/packages/${ids.later}`;
      const form = await officer.get(`${url}/edit`);
      expect(heading(form.text)).toBe(`Change package ${ids.later}`);
      const version = form.text.match(/name="version" value="(\d+)"/)![1]!;
      const res = await officer.submit(`${url}/edit`, {
        version,
        weeklyHours: '12.5',
        visitsPerWeek: '14',
        'wantedStart-day': '12',
        'wantedStart-month': '1',
        'wantedStart-year': '2026',
        needs: ['sensory-impairment'],
        language: 'pl',
      });
      expect(res.status).toBe(303);
      const page = textOf((await officer.get(url)).text);
      expect(page).toContain(`Package ${ids.later} updated`);
      expect(page).toContain('Hours a week 12.5 hours');
      expect(page).toContain('Details corrected Changed hours a week, needs');
    });

    it('says clearly when someone else changed the package meanwhile, and keeps their change', async () => {
      const url = `/staff/packages/${ids.standard}`;
      const form = await officer.get(`${url}/edit`);
      const version = form.text.match(/name="version" value="(\d+)"/)![1]!;
      const other = await ctx.request
        .patch(`/packages/${ids.standard}`)
        .set({ Authorization: `Bearer ${officerToken}` })
        .send({ version: Number(version), visitsPerWeek: 7 });
      expect(other.status).toBe(200);
      const res = await officer.submit(`${url}/edit`, {
        version,
        weeklyHours: '11',
        visitsPerWeek: '14',
        'wantedStart-day': '12',
        'wantedStart-month': '1',
        'wantedStart-year': '2026',
        needs: ['sensory-impairment'],
        language: '',
      });
      expect(res.status).toBe(409);
      expect(errorSummary(res.text)[0]).toMatch(
        /^Someone else changed this package while you were editing it/,
      );
      expect(res.text).toMatch(/name="visitsPerWeek"[^>]*value="7"/);
      expect((await ctx.services.db('packages').where({ id: ids.standard }).first()).weekly_minutes).toBe(
        600,
      );
    });

    it('ends a package in care with the day and a reason', async () => {
      const provider = { Authorization: `Bearer ${primes[0]!.token}` };
      const id = await intakeAs(ctx, officerToken, { reference: 'QC-END-1' }).then((p) => p.id);
      await ctx.request
        .post(`/offers/${(await offerFor(ctx, primes[0]!, id))!.id}/accept`)
        .set(provider)
        .send({});
      await ctx.request.post(`/packages/${id}/start`).set(provider).send({ startedOn: '2026-01-05' });
      const url = `/staff/packages/${id}`;
      const missing = await officer.submit(url, { reason: '' }, `${url}/end`);
      expect(missing.status).toBe(400);
      expect(errorSummary(missing.text)).toEqual(['Enter the day care ended', 'Enter why the package ended']);
      const done = await officer.submit(
        url,
        { 'endedOn-day': '5', 'endedOn-month': '1', 'endedOn-year': '2026', reason: 'Moved away' },
        `${url}/end`,
      );
      expect(done.status).toBe(303);
      expect(textOf((await officer.get(url)).text)).toContain('Status Ended');
    });
  });
});
