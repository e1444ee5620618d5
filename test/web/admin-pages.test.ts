import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildProvider } from '../factories';
import { seedReference } from '../helpers/brokerage';
import { createWebTestContext, fieldError, textOf, type WebAgent, type WebTestContext } from './helpers';

describe('admin pages', () => {
  let ctx: WebTestContext;
  let admin: WebAgent;

  beforeAll(async () => {
    ctx = await createWebTestContext();
    await seedReference(ctx);
    admin = await ctx.signedIn('admin');
  });
  afterAll(() => ctx.destroy());

  const rateCard = (overrides: Record<string, string> = {}) => ({
    label: '2027 uplift',
    'appliesFrom-day': '1',
    'appliesFrom-month': '4',
    'appliesFrom-year': '2027',
    urban: '19.50',
    fringe: '£20.25',
    rural: '21',
    isolated: '22.10',
    ...overrides,
  });

  describe('rate cards', () => {
    it('adds a rate card from a future date, in pounds, stored in pence', async () => {
      const res = await admin.submit('/admin/rate-cards/new', rateCard());
      expect(res.status).toBe(303);
      const list = textOf((await admin.get('/admin/rate-cards')).text);
      expect(list).toContain('Rate card “2027 uplift” added');
      expect(list).toContain('2027 uplift From 1 April 2027 £19.50 £20.25 £21.00 £22.10 Future');
      const card = await ctx.services.db('rate_cards').where({ label: '2027 uplift' }).first('id');
      const rates = await ctx.services.db('rate_card_rates').where({ rate_card_id: card.id }).orderBy('band');
      expect(Object.fromEntries(rates.map((r) => [r.band, Number(r.hourly_rate_pence)]))).toEqual({
        fringe: 2025,
        isolated: 2210,
        rural: 2100,
        urban: 1950,
      });
    });

    it('shows each problem beside its field, and a date in the past beside the date', async () => {
      const invalid = await admin.submit(
        '/admin/rate-cards/new',
        rateCard({ label: '', urban: 'nineteen', rural: '0', 'appliesFrom-day': '' }),
      );
      expect(invalid.status).toBe(400);
      expect(fieldError(invalid.text, 'label')).toBe('Enter a name for the rate card');
      expect(fieldError(invalid.text, 'urban')).toBe(
        'The urban rate must be an amount in pounds, like 19.50',
      );
      expect(fieldError(invalid.text, 'rural')).toBe(
        'The rural rate must be more than £0 and no more than £1,000',
      );
      expect(fieldError(invalid.text, 'appliesFrom')).toBe(
        'The date the rates apply from must include a day',
      );
      const past = await admin.submit('/admin/rate-cards/new', rateCard({ 'appliesFrom-year': '2025' }));
      expect(past.status).toBe(400);
      expect(fieldError(past.text, 'appliesFrom')).toMatch(/future/);
    });
  });

  describe('providers', () => {
    it('admits a provider, then gives it a zone role and makes it active', async () => {
      const res = await admin.submit('/admin/providers/new', {
        name: 'Soar Valley Home Care',
        cqcLocationId: '1-555000111',
        cqcOverall: 'good',
        cqcSafe: 'good',
        cqcWellLed: 'requires-improvement',
        chcApproved: 'yes',
        tenderScore: '74',
        status: 'mobilising',
        'admittedOn-day': '',
        'admittedOn-month': '',
        'admittedOn-year': '',
      });
      expect(res.status).toBe(303);
      const url = res.headers.location as string;
      const id = Number(url.split('/').pop());
      expect(
        await ctx.services
          .db('providers')
          .where({ id })
          .first('name', 'status', 'tender_score', 'admitted_on'),
      ).toMatchObject({
        name: 'Soar Valley Home Care',
        status: 'mobilising',
        tender_score: 74,
        admitted_on: '2026-01-05',
      });

      const role = await admin.submit(
        url,
        { zoneId: 'melton', role: 'prime', roleReason: 'Admission round 2' },
        `${url}/zones`,
      );
      expect(role.status).toBe(303);
      const afterRole = textOf((await admin.get(url)).text);
      expect(afterRole).toContain('Prime in Melton');
      expect(afterRole).toMatch(/Coverage warning: Melton has 0 active prime providers/);

      const status = await admin.submit(
        url,
        { status: 'active', reason: 'Mobilisation complete', version: '1' },
        `${url}/status`,
      );
      expect(status.status).toBe(303);
      expect(textOf((await admin.get(url)).text)).toContain('Soar Valley Home Care is now active');
    });

    it('shows the rural free zone\u2019s refusal of a prime beside the role', async () => {
      const id = await buildProvider(ctx.services.db);
      const url = `/admin/providers/${id}`;
      const res = await admin.submit(
        url,
        { zoneId: 'harborough-rural', role: 'prime', roleReason: 'Try it' },
        `${url}/zones`,
      );
      expect(res.status).toBe(400);
      expect(fieldError(res.text, 'role')).toMatch(/rural free zone/);
    });

    it('removes a provider from a zone with a reason', async () => {
      const id = await buildProvider(ctx.services.db);
      const url = `/admin/providers/${id}`;
      expect(
        (
          await admin.submit(
            url,
            { zoneId: 'bottesford', role: 'supplementary', roleReason: 'Cover' },
            `${url}/zones`,
          )
        ).status,
      ).toBe(303);
      const missing = await admin.submit(
        url,
        { removeZoneId: 'bottesford', removeReason: '' },
        `${url}/zones/remove`,
      );
      expect(fieldError(missing.text, 'removeReason')).toBe('Enter why the provider leaves the zone');
      const res = await admin.submit(
        url,
        { removeZoneId: 'bottesford', removeReason: 'Left the area' },
        `${url}/zones/remove`,
      );
      expect(res.status).toBe(303);
      expect(await ctx.services.db('provider_zone_roles').where({ provider_id: id })).toEqual([]);
    });

    it('shows missing admission details beside the fields', async () => {
      const res = await admin.submit('/admin/providers/new', {
        name: '',
        cqcOverall: '',
        tenderScore: '140',
        status: 'mobilising',
        chcApproved: 'no',
      });
      expect(res.status).toBe(400);
      expect(fieldError(res.text, 'name')).toBe('Enter the provider’s name');
      expect(fieldError(res.text, 'cqcOverall')).toBe('Select the overall CQC rating');
      expect(fieldError(res.text, 'tenderScore')).toBe('Tender score must be a whole number from 0 to 100');
    });
  });

  describe('the countywide specialist list', () => {
    it('appoints a provider for a specialist service and removes it, audited', async () => {
      const providerId = await buildProvider(ctx.services.db, { name: 'Specialist Dementia Care' });
      const invalid = await admin.submit('/admin/specialists', { providerId: '', specialism: '' });
      expect(invalid.status).toBe(400);
      expect(fieldError(invalid.text, 'specialism')).toBe('Select the specialist service');
      const res = await admin.submit('/admin/specialists', {
        providerId: String(providerId),
        specialism: 'dementia',
      });
      expect(res.status).toBe(303);
      const list = textOf((await admin.get('/admin/specialists')).text);
      expect(list).toContain('Appointed to the Dementia specialist list');
      expect(list).toMatch(/Dementia Provider Status Appointed Action Specialist Dementia Care Active/);
      const removed = await admin.submit('/admin/specialists/remove', {
        providerId: String(providerId),
        specialism: 'dementia',
      });
      expect(removed.status).toBe(303);
      expect(textOf((await admin.get('/admin/specialists')).text)).toContain(
        'Removed from the Dementia specialist list',
      );
      const actions = await ctx.services
        .db('audit_events')
        .whereLike('action', 'specialist.%')
        .pluck('action');
      expect(actions).toEqual(['specialist.appoint', 'specialist.remove']);
    });
  });
});
