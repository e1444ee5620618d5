import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { declareCapacity } from '../factories';
import { PLACES, providerInZone, seedReference, type TestProvider } from '../helpers/brokerage';
import {
  createWebTestContext,
  errorSummary,
  packageForm,
  fieldError,
  heading,
  textOf,
  type WebAgent,
  type WebTestContext,
} from './helpers';

const DAY = 86_400_000;

describe('officer pages', () => {
  let ctx: WebTestContext;
  let officer: WebAgent;
  let primes: TestProvider[];
  const packageCount = async () => Number((await ctx.services.db('packages').count({ n: '*' }))[0]!.n);

  beforeAll(async () => {
    ctx = await createWebTestContext();
    await seedReference(ctx);
    primes = [
      await providerInZone(ctx, 'charnwood-north', 'prime', { tenderScore: 90 }),
      await providerInZone(ctx, 'charnwood-north', 'prime', { tenderScore: 80 }),
    ];
    officer = await ctx.signedIn('officer');
  });
  afterAll(() => ctx.destroy());

  describe('new package', () => {
    it('shows the zone, band and price on a check step before anything is saved', async () => {
      const before = await packageCount();
      const res = await officer.submit('/staff/packages/new', { ...packageForm(), action: 'check' });
      expect(res.status).toBe(200);
      expect(heading(res.text)).toBe('Check the package and its price');
      const text = textOf(res.text);
      expect(text).toContain('Zone Charnwood North');
      expect(text).toContain('Price band Urban');
      expect(text).toContain('Hourly rate £18.75 an hour');
      expect(text).toContain('Weekly cost £187.50');
      expect(text).toContain('Annual cost (52 weeks) £9,750.00');
      expect(text).toContain('Needs Moving and handling, Medication support');
      expect(await packageCount()).toBe(before);
    });

    it('creates the package and opens round 1 on confirm, then shows it with a success message', async () => {
      const res = await officer.submit('/staff/packages/new', {
        ...packageForm({ reference: 'SU-CONFIRM-1' }),
        action: 'confirm',
      });
      expect(res.status).toBe(303);
      const location = res.headers.location as string;
      const id = Number(location.match(/^\/staff\/packages\/(\d+)$/)![1]);
      const stored = await ctx.services.db('packages').where({ id }).first();
      expect(stored).toMatchObject({
        reference: 'SU-CONFIRM-1',
        zone_id: 'charnwood-north',
        band: 'urban',
        status: 'brokering',
      });
      const page = await officer.get(location);
      expect(page.text).toContain(`Package ${id} created`);
      const text = textOf(page.text);
      expect(text).toContain('Round 1: Primes');
      for (const prime of primes) {
        const name = (await ctx.services.db('providers').where({ id: prime.id }).first('name'))
          .name as string;
        expect(text).toContain(name);
      }
      expect(text).toContain('Package created');
      expect(text).toContain('Round opened: Primes Offered to 2 providers; 0 excluded');
    });

    it('goes back to the form with everything kept on "Change details"', async () => {
      const res = await officer.submit('/staff/packages/new', {
        ...packageForm({ reference: 'SU-KEEP-9' }),
        action: 'change',
      });
      expect(res.status).toBe(200);
      expect(heading(res.text)).toBe('New package of care');
      expect(res.text).toContain('value="SU-KEEP-9"');
      expect(res.text).toMatch(/value="medication-support" checked/);
    });

    it('shows every validation error beside its field and in the error summary, keeping what was typed', async () => {
      const before = await packageCount();
      const res = await officer.submit('/staff/packages/new', {
        ...packageForm({
          reference: 'Jo Bloggs',
          lat: 'north',
          lon: '',
          weeklyHours: '7.3',
          visitsPerWeek: '0',
          'wantedStart-day': '31',
          'wantedStart-month': '2',
          language: 'Polish',
        }),
        fundingStream: '',
        action: 'check',
      });
      expect(res.status).toBe(400);
      expect(res.text).toContain('<title>Error: New package of care');
      expect(fieldError(res.text, 'reference')).toBe(
        'Case reference must be 3 to 40 letters, digits and dashes: a reference, not a name',
      );
      expect(fieldError(res.text, 'lat')).toBe('Latitude must be a number, like 52.7667');
      expect(fieldError(res.text, 'lon')).toBe('Enter the longitude');
      expect(fieldError(res.text, 'weeklyHours')).toMatch(/in quarter hours/);
      expect(fieldError(res.text, 'visitsPerWeek')).toBe('Visits a week must be a whole number from 1 to 84');
      expect(fieldError(res.text, 'fundingStream')).toBe('Select who funds the care');
      expect(fieldError(res.text, 'wantedStart')).toBe('The date care should start must be a real date');
      expect(fieldError(res.text, 'language')).toBe('Language must be a 2-letter code, like pl for Polish');
      expect(errorSummary(res.text)).toHaveLength(8);
      expect(res.text).toContain('href="#wantedStart-day"');
      expect(res.text).toContain('value="Jo Bloggs"');
      expect(await packageCount()).toBe(before);
    });

    it('says when the location is outside the service area, naming the nearest zone', async () => {
      const res = await officer.submit('/staff/packages/new', {
        ...packageForm({ lat: String(PLACES.clockTower.lat), lon: String(PLACES.clockTower.lon) }),
        action: 'check',
      });
      expect(res.status).toBe(400);
      expect(fieldError(res.text, 'lat')).toMatch(
        /^This location is outside the service area: the nearest zone is .+, \d+\.\d km away/,
      );
    });

    it('refuses a confirm without the CSRF token and saves nothing', async () => {
      const before = await packageCount();
      const res = await officer
        .post('/staff/packages/new')
        .type('form')
        .send({ ...packageForm(), action: 'confirm' });
      expect(res.status).toBe(403);
      expect(await packageCount()).toBe(before);
    });
  });

  describe('brokerage queue', () => {
    it('lists packages with providers urgent first, filtered by zone and urgency', async () => {
      ctx.clock.advance(60_000);
      const urgent = await officer.submit('/staff/packages/new', {
        ...packageForm({ urgency: 'urgent' }),
        action: 'confirm',
      });
      const urgentId = Number((urgent.headers.location as string).split('/').pop());
      const all = await officer.get('/staff/queue?view=with-providers');
      expect(all.status).toBe(200);
      const ids = [...all.text.matchAll(/href="\/staff\/packages\/(\d+)"/g)].map((m) => Number(m[1]));
      expect(ids[0]).toBe(urgentId);
      expect(ids.slice(1)).toEqual([...ids.slice(1)].sort((a, b) => a - b));
      const text = textOf(all.text);
      expect(text).toContain('Round 1: Primes');
      expect(text).toMatch(/1 day|23 hours/); // the standard window's time left

      const onlyUrgent = await officer.get('/staff/queue?view=with-providers&urgency=urgent');
      expect(
        [...onlyUrgent.text.matchAll(/href="\/staff\/packages\/(\d+)"/g)].map((m) => Number(m[1])),
      ).toEqual([urgentId]);
      const elsewhere = await officer.get('/staff/queue?view=with-providers&zone=melton');
      expect(textOf(elsewhere.text)).toContain('No packages are with providers that match the filter');
      expect((await officer.get('/staff/queue?zone=%3Cscript%3E&urgency=nonsense')).status).toBe(200);
    });
  });

  describe('package page', () => {
    it('cancels with a reason, and shows a missing reason beside the field', async () => {
      const created = await officer.submit('/staff/packages/new', { ...packageForm(), action: 'confirm' });
      const url = created.headers.location as string;
      const missing = await officer.submit(url, { reason: '' }, `${url}/cancel`);
      expect(missing.status).toBe(400);
      expect(fieldError(missing.text, 'reason')).toBe('Enter why the package is cancelled');
      const asked = await officer.submit(
        url,
        { reason: 'Person moved to residential care' },
        `${url}/cancel`,
      );
      expect(asked.status).toBe(200);
      expect(heading(asked.text)).toMatch(/^Are you sure you want to cancel package \d+\?$/);
      expect(textOf((await officer.get(url)).text)).not.toContain('Status Cancelled');
      const done = await officer.submit(
        url,
        { reason: 'Person moved to residential care', confirm: 'yes' },
        `${url}/cancel`,
      );
      expect(done.status).toBe(303);
      const page = textOf((await officer.get(url)).text);
      expect(page).toContain('Cancelled Person moved to residential care');
      expect(page).toContain('Status Cancelled');
      // A second cancel is refused by the domain, shown as a page.
      const again = await officer
        .post(`${url}/cancel`)
        .type('form')
        .send({ _csrf: await officer.csrf(url), reason: 'again' });
      expect(again.status).toBe(409);
      expect(textOf(again.text)).toContain('it is cancelled');
    });

    it('widens the search of an unplaced package', async () => {
      // No provider works in Hinckley: the package is unplaced at intake.
      const created = await officer.submit('/staff/packages/new', {
        ...packageForm({ lat: String(PLACES.hinckley.lat), lon: String(PLACES.hinckley.lon) }),
        action: 'confirm',
      });
      const url = created.headers.location as string;
      const page = await officer.get(url);
      expect(page.text).toContain('No provider could be offered it');
      expect(page.text).toContain('Widen search');
      const missing = await officer.submit(url, {}, `${url}/widen`);
      expect(missing.status).toBe(400);
      expect(fieldError(missing.text, 'scope')).toBe('Select how far to widen the search');
      const widened = await officer.submit(url, { scope: 'all' }, `${url}/widen`);
      expect(widened.status).toBe(303);
      const after = textOf((await officer.get(url)).text);
      expect(after).toContain('Search widened');
      expect(after).toContain('Round 3: Widened to all providers');
    });

    it('shows commissioners the package and its explanation without the officers\u2019 actions', async () => {
      const commissioner = await ctx.signedIn('commissioner');
      const id = (await ctx.services.db('packages').first('id')).id as number;
      const res = await commissioner.get(`/staff/packages/${id}`);
      expect(res.status).toBe(200);
      expect(res.text).toContain('How it was allocated');
      expect(res.text).not.toContain('Cancel package');
      expect(res.text).not.toContain('Widen search');
    });
  });

  describe('providers list', () => {
    it('shows each provider\u2019s role per zone, capacity (stale ones marked) and the score allocation uses', async () => {
      await declareCapacity(ctx.services.db, {
        providerId: primes[1]!.id,
        zoneId: 'charnwood-north',
        weeklyMinutes: 600,
        at: ctx.clock.now() - 20 * DAY,
      });
      // The latest declaration counts: make the stale one the latest for primes[1].
      await ctx.services
        .db('capacity_declarations')
        .where({ provider_id: primes[1]!.id })
        .where('declared_at', '>', ctx.clock.now() - DAY)
        .delete();
      const res = await officer.get('/staff/providers?zone=charnwood-north&role=prime');
      expect(res.status).toBe(200);
      const text = textOf(res.text);
      expect(text).toContain('Charnwood North: Prime; 100 hours, declared today; score 90 (tender score)');
      expect(text).toMatch(
        /Charnwood North: Prime; 10 hours, declared 20 days ago Out of date; score 80 \(tender score\)/,
      );
    });
  });
});
