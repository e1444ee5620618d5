import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { providerInZone, seedReference } from '../helpers/brokerage';
import {
  createWebTestContext,
  errorSummary,
  fieldError,
  heading,
  packageForm,
  textOf,
  type WebAgent,
  type WebTestContext,
} from './helpers';

/** The new-package form with a postcode in place of the coordinates. */
const byPostcode = (postcode: string, overrides: Record<string, string> = {}) => ({
  ...packageForm({ lat: '', lon: '', ...overrides }),
  postcode,
});

describe('new package by postcode, with a band override', () => {
  let ctx: WebTestContext;
  let officer: WebAgent;

  beforeAll(async () => {
    ctx = await createWebTestContext();
    await seedReference(ctx);
    await providerInZone(ctx, 'charnwood-north', 'prime');
    officer = await ctx.signedIn('officer');
  });
  afterAll(() => ctx.destroy());

  it('asks for the postcode first, with coordinates behind "No postcode yet"', async () => {
    const res = await officer.get('/staff/packages/new');
    const text = textOf(res.text);
    expect(text.indexOf('Postcode of the home')).toBeLessThan(text.indexOf('Latitude'));
    expect(res.text).toContain('No postcode yet, for example a new build');
    expect(res.text).not.toContain('arrives with the geography work');
  });

  it('shows zone, band and how it was decided, rate and weekly cost for a postcode', async () => {
    const res = await officer.submit('/staff/packages/new', { ...byPostcode('le11 3tu'), action: 'check' });
    expect(res.status).toBe(200);
    const text = textOf(res.text);
    expect(text).toContain('Zone Charnwood North');
    expect(text).toMatch(/Price band Urban: from the/);
    expect(text).toContain('Hourly rate £18.75 an hour');
    expect(text).toContain('Location Postcode LE11 3TU');
  });

  it('links each postcode error to the field: malformed, Rutland, none given', async () => {
    const cases: [Record<string, string | string[]>, RegExp][] = [
      [byPostcode('LE11 XX'), /^Enter a real postcode/],
      [byPostcode('LE15 6RB'), /Rutland/],
      [byPostcode(''), /^Enter the postcode, or the coordinates/],
    ];
    for (const [form, message] of cases) {
      const res = await officer.submit('/staff/packages/new', { ...form, action: 'check' });
      expect(res.status).toBe(400);
      expect(fieldError(res.text, 'postcode')).toMatch(message);
      expect(errorSummary(res.text)).toHaveLength(1);
      expect(res.text).toContain('href="#postcode"');
    }
  });

  it('prices an overridden band on the check page, then stores it with its reason', async () => {
    const override = {
      overrideBand: 'rural',
      overrideReason: 'travel-access',
      overrideComment: 'Only reached by a farm track',
    };
    const missing = await officer.submit('/staff/packages/new', {
      ...byPostcode('LE11 3TU'),
      overrideBand: 'rural',
      action: 'check',
    });
    expect(missing.status).toBe(400);
    expect(heading(missing.text)).toBe('Check the package and its price');
    expect(fieldError(missing.text, 'overrideReason')).toBe('Select why the band is changed');
    const checked = await officer.submit('/staff/packages/new', {
      ...byPostcode('LE11 3TU', { reference: 'SU-OVERRIDE-1' }),
      ...override,
      action: 'check',
    });
    expect(checked.status).toBe(200);
    expect(textOf(checked.text)).toMatch(/Price band Rural: overridden by you from Urban/);
    const created = await officer.submit('/staff/packages/new', {
      ...byPostcode('LE11 3TU', { reference: 'SU-OVERRIDE-1' }),
      ...override,
      checkedBand: 'rural',
      action: 'confirm',
    });
    expect(created.status).toBe(303);
    const stored = await ctx.services.db('packages').where({ reference: 'SU-OVERRIDE-1' }).first();
    expect(stored).toMatchObject({
      band: 'rural',
      placed_band: 'urban',
      band_override_reason: 'travel-access',
      postcode: 'LE11 3TU',
      location_given: 'postcode',
    });
    const page = textOf((await officer.get(created.headers.location as string)).text);
    expect(page).toContain('Location Postcode LE11 3TU');
    expect(page).toMatch(/Price band Rural: overridden by an officer from Urban/);
    expect(page).toContain('Band overridden');
  });
});
