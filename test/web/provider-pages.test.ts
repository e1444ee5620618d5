import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { intakeAs, offerFor, providerInZone, seedReference, type TestProvider } from '../helpers/brokerage';
import {
  createWebTestContext,
  errorSummary,
  fieldError,
  heading,
  textOf,
  type WebAgent,
  type WebTestContext,
} from './helpers';

describe('provider pages', () => {
  let ctx: WebTestContext;
  let first: TestProvider;
  let second: TestProvider;
  let firstWeb: WebAgent;
  let secondWeb: WebAgent;
  let officerToken: string;

  const intake = (overrides: Record<string, unknown> = {}) => intakeAs(ctx, officerToken, overrides);

  beforeAll(async () => {
    ctx = await createWebTestContext();
    await seedReference(ctx);
    first = await providerInZone(ctx, 'charnwood-north', 'prime', { tenderScore: 90 });
    second = await providerInZone(ctx, 'charnwood-north', 'prime', { tenderScore: 80 });
    firstWeb = await ctx.signedIn('provider', first.id);
    secondWeb = await ctx.signedIn('provider', second.id);
    officerToken = await ctx.tokenFor('officer');
  });
  afterAll(() => ctx.destroy());

  describe('offers', () => {
    it('lists a new offer with its deadline and the time left, without the person\u2019s reference', async () => {
      const pkg = await intake({ reference: 'SU-SECRET-77' });
      const offer = await offerFor(ctx, first, pkg.id);
      const list = await firstWeb.get('/my/offers');
      expect(list.status).toBe(200);
      expect(list.text).toContain(`href="/my/offers/${offer!.id}"`);
      expect(textOf(list.text)).toContain('1 day'); // standard window: 1,440 minutes
      const page = await firstWeb.get(`/my/offers/${offer!.id}`);
      expect(page.status).toBe(200);
      expect(page.text).toMatch(/data-countdown-deadline="2026-01-06T09:00:00.000Z">1 day</);
      expect(textOf(page.text)).toContain('Answer by 6 January 2026 at 9am');
      expect(page.text).not.toContain('SU-SECRET-77');
    });

    it('answers another provider\u2019s offer with 404, for the page and for its forms', async () => {
      const pkg = await intake();
      const offer = await offerFor(ctx, first, pkg.id);
      expect((await secondWeb.get(`/my/offers/${offer!.id}`)).status).toBe(404);
      const token = await secondWeb.csrf('/my/offers');
      const accept = await secondWeb
        .post(`/my/offers/${offer!.id}/accept`)
        .type('form')
        .send({ _csrf: token, 'startDate-day': '12', 'startDate-month': '1', 'startDate-year': '2026' });
      expect(accept.status).toBe(404);
      expect(heading(accept.text)).toBe('Page not found');
      expect((await ctx.services.db('offers').where({ id: offer!.id }).first('status')).status).toBe(
        'pending',
      );
    });

    it('shows a missing start date or decline reason beside the field', async () => {
      const pkg = await intake();
      const offer = await offerFor(ctx, first, pkg.id);
      const url = `/my/offers/${offer!.id}`;
      const accept = await firstWeb.submit(
        url,
        { 'startDate-day': '', 'startDate-month': '', 'startDate-year': '' },
        `${url}/accept`,
      );
      expect(accept.status).toBe(400);
      expect(fieldError(accept.text, 'startDate')).toBe('Enter the date you can start care');
      expect(errorSummary(accept.text)).toEqual(['Enter the date you can start care']);
      const decline = await firstWeb.submit(url, {}, `${url}/decline`);
      expect(decline.status).toBe(400);
      expect(fieldError(decline.text, 'reason')).toBe('Select why you are declining');
    });

    it('declines with a reason', async () => {
      const pkg = await intake();
      const offer = await offerFor(ctx, second, pkg.id);
      const url = `/my/offers/${offer!.id}`;
      const res = await secondWeb.submit(url, { reason: 'travel-distance' }, `${url}/decline`);
      expect(res.status).toBe(303);
      expect(
        await ctx.services.db('offers').where({ id: offer!.id }).first('status', 'decline_reason'),
      ).toEqual({
        status: 'declined',
        decline_reason: 'travel-distance',
      });
    });
  });

  describe('packages', () => {
    let packageId: number;

    it('accepting as the top-ranked provider wins the package at once', async () => {
      const pkg = await intake({ reference: 'SU-HELD-1' });
      packageId = pkg.id;
      const offer = await offerFor(ctx, first, pkg.id);
      const url = `/my/offers/${offer!.id}`;
      const res = await firstWeb.submit(
        url,
        { 'startDate-day': '14', 'startDate-month': '1', 'startDate-year': '2026' },
        `${url}/accept`,
      );
      expect(res.status).toBe(303);
      expect(res.headers.location).toBe('/my/packages');
      const list = await firstWeb.get('/my/packages');
      expect(list.text).toContain('Package awarded to you');
      expect(textOf(list.text)).toContain('SU-HELD-1');
      expect(
        (await ctx.services.db('offers').where({ id: offer!.id }).first('proposed_start')).proposed_start,
      ).toBe('2026-01-14');
    });

    it('answers another provider\u2019s package with 404, for the page and for its forms', async () => {
      expect((await secondWeb.get(`/my/packages/${packageId}`)).status).toBe(404);
      const token = await secondWeb.csrf('/my/packages');
      const start = await secondWeb
        .post(`/my/packages/${packageId}/start`)
        .type('form')
        .send({ _csrf: token, 'startedOn-day': '14', 'startedOn-month': '1', 'startedOn-year': '2026' });
      expect(start.status).toBe(404);
      expect((await ctx.services.db('packages').where({ id: packageId }).first('status')).status).toBe(
        'awarded',
      );
    });

    it('confirms care started', async () => {
      const url = `/my/packages/${packageId}`;
      const page = await firstWeb.get(url);
      expect(textOf(page.text)).toContain('Case reference SU-HELD-1');
      const invalid = await firstWeb.submit(
        url,
        { 'startedOn-day': '14', 'startedOn-month': '13', 'startedOn-year': '2026' },
        `${url}/start`,
      );
      expect(invalid.status).toBe(400);
      expect(fieldError(invalid.text, 'startedOn')).toBe('The date care started must be a real date');
      const future = await firstWeb.submit(
        url,
        { 'startedOn-day': '14', 'startedOn-month': '1', 'startedOn-year': '2026' },
        `${url}/start`,
      );
      expect(future.status).toBe(400);
      expect(fieldError(future.text, 'startedOn')).toBe(
        'The date care started must not be after today (2026-01-05)',
      );
      const res = await firstWeb.submit(
        url,
        { 'startedOn-day': '5', 'startedOn-month': '1', 'startedOn-year': '2026' },
        `${url}/start`,
      );
      expect(res.status).toBe(303);
      expect(textOf((await firstWeb.get(url)).text)).toContain('Care start confirmed');
    });

    it('hands the package back with a reason and notice date', async () => {
      const url = `/my/packages/${packageId}`;
      const missing = await firstWeb.submit(
        url,
        { 'noticeDate-day': '1', 'noticeDate-month': '2', 'noticeDate-year': '' },
        `${url}/hand-back`,
      );
      expect(missing.status).toBe(400);
      expect(fieldError(missing.text, 'reason')).toBe('Select why you are handing the package back');
      expect(fieldError(missing.text, 'noticeDate')).toBe('The notice date must include a year');
      const res = await firstWeb.submit(
        url,
        { reason: 'staffing', 'noticeDate-day': '2', 'noticeDate-month': '2', 'noticeDate-year': '2026' },
        `${url}/hand-back`,
      );
      expect(res.status).toBe(303);
      // Four weeks' notice: re-brokered at once, while the provider keeps the care until the notice date.
      expect(
        await ctx.services.db('packages').where({ id: packageId }).first('status', 'provider_id'),
      ).toEqual({
        status: 'brokering',
        provider_id: expect.any(Number),
      });
      const page = await firstWeb.get(url);
      expect(page.status).toBe(200);
      expect(textOf(page.text)).toContain('You deliver care until 2 February 2026');
    });
  });

  describe('capacity and performance', () => {
    it('declares capacity in a zone, with errors beside the fields', async () => {
      const page = await firstWeb.get('/my/capacity');
      expect(textOf(page.text)).toContain('Charnwood North Prime 100 hours');
      const invalid = await firstWeb.submit('/my/capacity', { zoneId: '', weeklyHours: 'lots', reason: '' });
      expect(invalid.status).toBe(400);
      expect(fieldError(invalid.text, 'zoneId')).toBe('Select the zone');
      expect(fieldError(invalid.text, 'weeklyHours')).toBe('Hours a week must be a number, like 40');
      const notHeld = await firstWeb.submit('/my/capacity', {
        zoneId: 'melton',
        weeklyHours: '10',
        reason: '',
      });
      expect(notHeld.status).toBe(422); // the domain refuses a zone without a role
      const res = await firstWeb.submit('/my/capacity', {
        zoneId: 'charnwood-north',
        weeklyHours: '42.5',
        reason: 'New carers recruited',
      });
      expect(res.status).toBe(303);
      const after = textOf((await firstWeb.get('/my/capacity')).text);
      expect(after).toContain('Capacity declared for Charnwood North');
      expect(after).toContain('Charnwood North Prime 42.5 hours');
    });

    it('declares the needs it can meet in a zone, with errors beside the fields', async () => {
      const page = textOf((await firstWeb.get('/my/needs')).text);
      expect(page).toContain('Charnwood North None declared');
      const invalid = await firstWeb.submit('/my/needs', {
        zoneId: 'charnwood-north',
        language: 'Polish',
        doubleUpPackages: 'some',
      });
      expect(invalid.status).toBe(400);
      expect(fieldError(invalid.text, 'language')).toBe(
        'Language must be a 2-letter code, like pl for Polish',
      );
      expect(fieldError(invalid.text, 'doubleUpPackages')).toBe(
        'Two-carer packages must be a whole number, like 2',
      );
      const res = await firstWeb.submit('/my/needs', {
        zoneId: 'charnwood-north',
        specialisms: ['dementia', 'end-of-life'],
        language: 'pl, gu',
        doubleUpPackages: '3',
        carerGenders: ['female'],
      });
      expect(res.status).toBe(303);
      const after = textOf((await firstWeb.get('/my/needs')).text);
      expect(after).toContain('Needs you can meet declared for Charnwood North');
      expect(after).toContain('Charnwood North Dementia, End of life care pl, gu 3 Female');
    });

    it('shows the role and the score allocation ranks by in each zone', async () => {
      const res = await firstWeb.get('/my/performance');
      expect(res.status).toBe(200);
      expect(textOf(res.text)).toContain('Charnwood North Prime 90 Green Your tender score');
    });
  });
});
