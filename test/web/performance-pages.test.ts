import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assignRole, buildFlag, buildProvider, DAY, type FlagSpec } from '../factories';
import { seedReference } from '../helpers/brokerage';
import {
  createWebTestContext,
  errorSummary,
  fieldError,
  heading,
  textOf,
  type WebAgent,
  type WebTestContext,
} from './helpers';
import { scoredCharnwoodNorth } from './performance-fixtures';

describe('performance and flag pages', () => {
  let ctx: WebTestContext;
  let admin: WebAgent;
  let commissioner: WebAgent;
  const ids = {} as Record<'scored' | 'other' | 'lonePrime' | 'prime1' | 'prime2' | 'prime3', number>;
  /** A demotion flag raised a day ago (by default for the review of December 2025). */
  const raiseDemotion = (providerId: number, zoneId: string, months?: FlagSpec['months']) =>
    buildFlag(ctx.services.db, {
      providerId,
      zoneId,
      kind: 'demotion',
      months,
      raisedAt: ctx.clock.now() - DAY,
    });

  beforeAll(async () => {
    ctx = await createWebTestContext();
    await seedReference(ctx);
    const db = ctx.services.db;
    Object.assign(ids, await scoredCharnwoodNorth(ctx));
    ids.lonePrime = await buildProvider(db, { name: 'Vale of Belvoir Carers' });
    await assignRole(db, { providerId: ids.lonePrime, zoneId: 'bottesford', role: 'prime' });
    for (const key of ['prime1', 'prime2', 'prime3'] as const) {
      ids[key] = await buildProvider(db, { name: `Melton Prime ${key}` });
      await assignRole(db, { providerId: ids[key], zoneId: 'melton', role: 'prime' });
    }
    admin = await ctx.signedIn('admin');
    commissioner = await ctx.signedIn('commissioner');
  });
  afterAll(() => ctx.destroy());

  describe('provider performance for commissioners and admins', () => {
    it('shows each provider\u2019s score, components, RAG and KPIs in each zone', async () => {
      const res = await commissioner.get('/staff/performance?zone=charnwood-north');
      expect(res.status).toBe(200);
      const text = textOf(res.text);
      expect(text).toContain(
        'Charnwood North Provider Role Score RAG P / Q / R Offers Answered in time Accepted Picked up in target Started on time Hand-backs',
      );
      const row = text.match(
        /Wreake Valley Care Prime ([\d.]+) (Red|Amber|Green) ([\d.]+) \/ ([\d.]+) \/ ([\d.]+) 4 100% 100% (\d+)% 100% 0/,
      );
      expect(row, text).not.toBeNull();
      expect(text).toContain('Quorn Home Support Prime 60 Amber 60 / 60 / 60 0 None None None None 0');
      expect(text).not.toContain('Melton Provider Role'); // filtered to one zone
    });

    it('limits the measures to the funding stream chosen, not the scores', async () => {
      const chc = await commissioner.get('/staff/performance?zone=charnwood-north&fundingStream=chc');
      expect(chc.status).toBe(200);
      const text = textOf(chc.text);
      expect(text).toContain('measures only for packages funded by Continuing healthcare (CHC)');
      expect(text).toMatch(
        /Wreake Valley Care Prime [\d.]+ (Red|Amber|Green) [\d./ ]+ 0 None None None None 0 Quorn/,
      );
      expect(chc.text).toMatch(/<option value="chc" selected>Continuing healthcare \(CHC\)<\/option>/);
      const council = textOf(
        (await commissioner.get('/staff/performance?zone=charnwood-north&fundingStream=council')).text,
      );
      expect(council).toMatch(/Wreake Valley Care Prime [\d.]+ (Red|Amber|Green) [\d./ ]+ 4 100% 100%/);
    });

    it('lists open flags; a commissioner decides them, but cannot confirm a flag they raised', async () => {
      const flagId = await raiseDemotion(ids.prime1, 'melton');
      const list = textOf((await commissioner.get('/staff/performance')).text);
      expect(list).toContain('Melton Prime prime1 Melton Demote to supplementary');
      const url = `/staff/performance/flags/${flagId}`;
      const page = await commissioner.get(url);
      expect(page.status).toBe(200);
      expect(textOf(page.text)).toContain('October 2025 41.5 50 4');
      expect(page.text).toContain(`<form method="post" action="${url}/confirm"`);
      expect(page.text).toContain(`<form method="post" action="${url}/dismiss"`);

      const raiser = await ctx.services.db('users').where({ role: 'commissioner' }).first('id');
      await ctx.services.db('role_review_flags').where({ id: flagId }).update({
        raised_by: raiser.id,
        raise_comment: 'missed visits reported by the district team',
      });
      const own = await commissioner.get(url);
      expect(own.text).not.toContain(`action="${url}/confirm"`);
      expect(textOf(own.text)).toContain('You raised this flag: another commissioner confirms it');
      expect(textOf(own.text)).toContain('missed visits reported by the district team');
      const decision = { reason: 'performance-confirmed', evidence: 'scores', comment: 'mine' };
      const confirm = await commissioner.submit(url, decision, `${url}/confirm`);
      expect(confirm.status).toBe(403);
      expect((await ctx.services.db('role_review_flags').where({ id: flagId }).first('status')).status).toBe(
        'open',
      );
    });

    it('an admin confirms a flag with a reason: the role changes, with the audit rows of the command', async () => {
      const flagId = await raiseDemotion(ids.prime2, 'melton');
      const url = `/staff/performance/flags/${flagId}`;
      const page = await admin.get(url);
      expect(textOf(page.text)).toContain(
        'Melton has 3 active primes; after this demotion it would have 2 (minimum 2)',
      );
      expect(page.text).not.toContain('name="acknowledgeBelowMinPrimes"');
      const missing = await admin.submit(url, {}, `${url}/confirm`);
      expect(missing.status).toBe(400);
      expect(fieldError(missing.text, 'reason')).toBe('Select why you are confirming the flag');
      expect(errorSummary(missing.text)).toEqual([
        'Select why you are confirming the flag',
        'Enter the evidence your decision rests on',
        'Enter a comment on your decision',
      ]);

      const res = await admin.submit(
        url,
        { reason: 'performance-confirmed', evidence: 'three red months', comment: 'sustained' },
        `${url}/confirm`,
      );
      expect(res.status).toBe(303);
      expect(textOf((await admin.get(url)).text)).toMatch(
        /Flag confirmed Melton Prime prime2 is now supplementary in Melton/,
      );
      expect(
        (
          await ctx.services
            .db('provider_zone_roles')
            .where({ provider_id: ids.prime2, zone_id: 'melton' })
            .first('role')
        ).role,
      ).toBe('supplementary');
      const audit = await ctx.services
        .db('audit_events')
        .where({ entity_id: String(flagId), action: 'review-flag.confirm' })
        .first('actor_user_id');
      expect(audit).toBeDefined();

      const twice = await admin.submit(
        url,
        { dismissReason: 'other', dismissEvidence: 'none', dismissComment: 'late' },
        `${url}/dismiss`,
      );
      expect(twice.status).toBe(409);
      expect(textOf(twice.text)).toContain('already confirmed');
    });

    it('a demotion below the zone\u2019s minimum primes shows the warning and needs the acknowledgement', async () => {
      const flagId = await raiseDemotion(ids.lonePrime, 'bottesford');
      const url = `/staff/performance/flags/${flagId}`;
      const page = await commissioner.get(url);
      expect(textOf(page.text)).toContain(
        'Demoting Vale of Belvoir Carers would leave Bottesford with 0 active primes, below its minimum of 2.',
      );
      const said = { evidence: 'visit report', comment: 'no improvement' };
      const unacknowledged = await commissioner.submit(
        url,
        { reason: 'commissioning-decision', ...said },
        `${url}/confirm`,
      );
      expect(unacknowledged.status).toBe(400);
      expect(fieldError(unacknowledged.text, 'acknowledgeBelowMinPrimes')).toBe(
        'Confirm that you understand the zone will have fewer primes than its minimum',
      );
      expect(
        (await ctx.services.db('provider_zone_roles').where({ provider_id: ids.lonePrime }).first('role'))
          .role,
      ).toBe('prime');

      const acknowledged = await commissioner.submit(
        url,
        { reason: 'commissioning-decision', ...said, acknowledgeBelowMinPrimes: 'yes' },
        `${url}/confirm`,
      );
      expect(acknowledged.status).toBe(303);
      expect(
        (await ctx.services.db('provider_zone_roles').where({ provider_id: ids.lonePrime }).first('role'))
          .role,
      ).toBe('supplementary');
    });

    it('an admin dismisses a flag with a reason, and the role stays', async () => {
      const flagId = await raiseDemotion(ids.prime3, 'melton');
      const url = `/staff/performance/flags/${flagId}`;
      const missing = await admin.submit(url, {}, `${url}/dismiss`);
      expect(missing.status).toBe(400);
      expect(fieldError(missing.text, 'dismissReason')).toBe('Select why you are dismissing the flag');
      const res = await admin.submit(
        url,
        {
          dismissReason: 'improvement-plan-agreed',
          dismissEvidence: 'plan of 2 Jan',
          dismissComment: 'give it time',
        },
        `${url}/dismiss`,
      );
      expect(res.status).toBe(303);
      expect(
        await ctx.services
          .db('role_review_flags')
          .where({ id: flagId })
          .first('status', 'decision_reason', 'decision_evidence', 'decision_comment'),
      ).toEqual({
        status: 'dismissed',
        decision_reason: 'improvement-plan-agreed',
        decision_evidence: 'plan of 2 Jan',
        decision_comment: 'give it time',
      });
      expect(
        (
          await ctx.services
            .db('provider_zone_roles')
            .where({ provider_id: ids.prime3, zone_id: 'melton' })
            .first('role')
        ).role,
      ).toBe('prime');
      expect(textOf((await admin.get('/staff/performance')).text)).toMatch(
        /Recent decisions[\s\S]*Melton Prime prime3 Melton Demote to supplementary Dismissed 5 January 2026 Improvement plan agreed/,
      );
    });

    it('refuses a decision without the form\u2019s token', async () => {
      const flagId = await raiseDemotion(
        ids.prime1,
        'melton',
        ['2025-09', '2025-10', '2025-11'].map((month) => ({ month, meanScore: 41.5 })),
      );
      const res = await admin
        .post(`/staff/performance/flags/${flagId}/dismiss`)
        .type('form')
        .send({ dismissReason: 'other' });
      expect(res.status).toBe(403);
      expect(heading(res.text)).not.toBe('You cannot use this page');
      expect((await ctx.services.db('role_review_flags').where({ id: flagId }).first('status')).status).toBe(
        'open',
      );
    });
  });
});
