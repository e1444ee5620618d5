import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../src/auth/roles';
import { runScoreComputation } from '../../src/performance/scores/run';
import { assignRole, buildProvider, DAY, insertPackageHistory } from '../factories';
import { seedReference } from '../helpers/brokerage';
import {
  createWebTestContext,
  errorSummary,
  fieldError,
  textOf,
  type WebAgent,
  type WebTestContext,
} from './helpers';
import { scoredCharnwoodNorth } from './performance-fixtures';

describe('quality evidence and my performance pages', () => {
  let ctx: WebTestContext;
  let admin: WebAgent;
  let commissioner: WebAgent;
  const ids = {} as Record<'scored' | 'other', number>;

  beforeAll(async () => {
    ctx = await createWebTestContext();
    await seedReference(ctx);
    Object.assign(ids, await scoredCharnwoodNorth(ctx));
    admin = await ctx.signedIn('admin');
    commissioner = await ctx.signedIn('commissioner');
  });
  afterAll(() => ctx.destroy());

  describe('quality evidence', () => {
    const url = () => `/admin/providers/${ids.other}/evidence`;
    const form = (overrides: Record<string, string> = {}) => ({
      kind: 'monitoring-visit',
      visitScore: '85',
      visitRag: 'green',
      rating: '',
      'occurredOn-day': '2',
      'occurredOn-month': '1',
      'occurredOn-year': '2026',
      reference: 'MV-2026-014',
      ...overrides,
    });

    it('records a monitoring visit with its score and RAG, through the command and its audit row', async () => {
      const res = await admin.submit(url(), form());
      expect(res.status).toBe(303);
      const page = textOf((await admin.get(url())).text);
      expect(page).toContain('Monitoring visit recorded Dated 2 January 2026.');
      expect(page).toContain('2 January 2026 Monitoring visit Score 85 Green MV-2026-014 5 January 2026');
      const row = await ctx.services
        .db('quality_evidence')
        .where({ provider_id: ids.other })
        .first('kind', 'visit_score', 'visit_rag', 'occurred_on');
      expect(row).toEqual({
        kind: 'monitoring-visit',
        visit_score: 85,
        visit_rag: 'green',
        occurred_on: '2026-01-02',
      });
      expect(
        await ctx.services
          .db('audit_events')
          .where({ action: 'quality-evidence.record', entity_id: String(ids.other) })
          .first('id'),
      ).toBeDefined();
    });

    it('records a CQC rating change, which becomes the provider\u2019s rating', async () => {
      const res = await admin.submit(
        url(),
        form({
          kind: 'cqc-rating',
          rating: 'requires-improvement',
          visitScore: '',
          visitRag: '',
          reference: '',
        }),
      );
      expect(res.status).toBe(303);
      expect(
        (await ctx.services.db('providers').where({ id: ids.other }).first('cqc_overall')).cqc_overall,
      ).toBe('requires-improvement');
    });

    it('records complaints and safeguarding concerns with their category, outcome, upheld and district', async () => {
      const details = { outcome: 'action-plan', upheld: 'yes', district: 'E07000130' };
      const complaint = form({ kind: 'complaint', complaintCategory: 'missed-or-late-calls', ...details });
      const concern = form({
        kind: 'safeguarding-concern',
        safeguardingCategory: 'neglect-or-omission',
        ...details,
      });
      for (const body of [complaint, concern]) {
        expect((await commissioner.submit(url(), { ...body, visitScore: '', visitRag: '' })).status).toBe(
          303,
        );
      }
      const rows = await ctx.services
        .db('quality_evidence')
        .where({ provider_id: ids.other })
        .whereIn('kind', ['complaint', 'safeguarding-concern'])
        .orderBy('id')
        .select('kind', 'category', 'outcome', 'district');
      expect(rows).toEqual([
        {
          kind: 'complaint',
          category: 'missed-or-late-calls',
          outcome: 'action-plan',
          district: 'E07000130',
        },
        {
          kind: 'safeguarding-concern',
          category: 'neglect-or-omission',
          outcome: 'action-plan',
          district: 'E07000130',
        },
      ]);
      const page = textOf((await commissioner.get(url())).text);
      expect(page).toContain('Complaint Missed or late calls; action plan; upheld; Charnwood MV-2026-014');
    });

    it('asks for a complaint’s details', async () => {
      const res = await admin.submit(url(), form({ kind: 'complaint', visitScore: '', visitRag: '' }));
      expect(res.status).toBe(400);
      expect(errorSummary(res.text)).toEqual([
        'Select what the complaint was about',
        'Select the outcome',
        'Select whether it was upheld',
        'Select the district it arose in',
      ]);
    });

    it('shows each problem beside its field', async () => {
      const empty = await admin.submit(url(), {
        kind: '',
        'occurredOn-day': '',
        'occurredOn-month': '',
        'occurredOn-year': '',
      });
      expect(empty.status).toBe(400);
      expect(errorSummary(empty.text)).toEqual(['Select what the evidence is', 'Enter the date it happened']);
      expect(fieldError(empty.text, 'kind')).toBe('Select what the evidence is');
      expect(fieldError(empty.text, 'occurredOn')).toBe('Enter the date it happened');

      const visit = await admin.submit(
        url(),
        form({ visitScore: '140', visitRag: '', reference: 'Mrs Smith' }),
      );
      expect(visit.status).toBe(400);
      expect(fieldError(visit.text, 'visitScore')).toBe('Visit score must be a whole number from 0 to 100');
      expect(fieldError(visit.text, 'visitRag')).toBe('Select the visit’s RAG rating');
      expect(fieldError(visit.text, 'reference')).toBe(
        'Reference must be 3 to 40 letters, digits and dashes: a reference, not a name',
      );

      const rating = await admin.submit(url(), form({ kind: 'cqc-rating', rating: '' }));
      expect(fieldError(rating.text, 'rating')).toBe('Select the new CQC rating');

      const future = await admin.submit(url(), form({ 'occurredOn-day': '6' }));
      expect(future.status).toBe(400);
      expect(fieldError(future.text, 'occurredOn')).toBe('The date it happened must be today or in the past');
      expect(
        await ctx.services
          .db('quality_evidence')
          .where({ provider_id: ids.other, occurred_on: '2026-01-06' }),
      ).toEqual([]);
    });

    it('is for commissioners (the quality officers) and administrators, and a provider that does not exist is not found', async () => {
      expect((await commissioner.get(url())).status).toBe(200);
      const officer = await ctx.signedIn('officer');
      expect((await officer.get(url())).status).toBe(403);
      expect((await admin.get('/admin/providers/987654/evidence')).status).toBe(404);
    });
  });

  describe('my performance', () => {
    it('shows the provider its score, the three components with their evidence, and its KPIs', async () => {
      const provider = await ctx.signedIn('provider', ids.scored);
      const res = await provider.get('/my/performance');
      expect(res.status).toBe(200);
      const text = textOf(res.text);
      expect(text).toMatch(
        /Charnwood North Prime [\d.]+ (Red|Amber|Green) Your performance, scored 5 January 2026/,
      );
      expect(text).toMatch(/Timely pick-up [\d.]+ [\d.]+ \d+ \d+%/);
      expect(text).toMatch(/Quality of service [\d.]+ (None yet|[\d.]+) \d+ \d+%/);
      expect(text).toMatch(/Response to offers [\d.]+ [\d.]+ 4 \d+%/);
      expect(text).toContain('Offers received 4');
      expect(text).toContain('Accepted 100% (4 of 4)');
      expect(text).toContain('Care started by the agreed date 100% (4 of 4)');
      expect(text).toContain(
        'Evidence behind the response part: 4 offers you could answer, hand-backs without notice: 0.',
      );
      expect(text).toContain('Handed back without notice 0');
      expect(text).toMatch(
        /Score history Your latest score Scored Zone Score RAG 5 January 2026 Charnwood North/,
      );
    });

    it('shows the hand-backs without notice counted against the response part', async () => {
      const db = ctx.services.db;
      const providerId = await buildProvider(db, { name: 'Soar Valley Care', tenderScore: 70 });
      await assignRole(db, { providerId, zoneId: 'charnwood-north', role: 'prime' });
      const openedAt = ctx.clock.now() - 20 * DAY;
      const handedBackAt = ctx.clock.now() - 2 * DAY;
      await insertPackageHistory(db, {
        zoneId: 'charnwood-north',
        episodes: [
          {
            openedAt,
            rounds: [{ offers: [{ providerId, answer: 'accept' }] }],
            award: {
              providerId,
              handBack: { at: handedBackAt, reason: 'staffing', noticeDate: '2026-01-10' },
            },
          },
        ],
      });
      await runScoreComputation(
        { ...ctx.services, actor: SYSTEM_ACTOR, now: ctx.clock.now() - 1_000 },
        'on-demand',
      );
      const text = textOf((await (await ctx.signedIn('provider', providerId)).get('/my/performance')).text);
      expect(text).toContain(
        'Evidence behind the response part: 1 offer you could answer, hand-backs without notice: 1.',
      );
      expect(text).toContain('Handed back without notice 1');
      // One accepted offer and one hand-back without notice: live 50 over 2 pieces of evidence.
      expect(text).toMatch(/Response to offers [\d.]+ 50 2 \d+%/);
    });

    it('shows a provider only its own organisation', async () => {
      const provider = await ctx.signedIn('provider', ids.other);
      const res = await provider.get('/my/performance');
      const text = textOf(res.text);
      expect(text).toContain('Charnwood North Prime 60 Amber Your performance, scored 5 January 2026');
      expect(text).toContain('Timely pick-up 60 None yet 0 0%');
      expect(text).not.toContain('Wreake Valley Care');
      expect(text).toContain('Offers received 0');
      // There is no page for another provider's performance, and the staff pages are closed to providers.
      expect((await provider.get(`/my/performance/${ids.scored}`)).status).toBe(404);
      expect((await provider.get('/staff/performance')).status).toBe(403);
    });
  });
});
