/**
 * GET /reports/providers on the hand-built history of test/reports/history.ts: per provider and
 * zone, the KPIs of the performance feature, in JSON, CSV and GeoJSON; providers see only their own.
 */
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { guardText } from '../../src/reports/csv';
import type { Cell } from '../../src/reports/flatten';
import { flattenProviderRow, PROVIDER_HEADERS } from '../../src/reports/flatten-providers';
import type { ProviderReport } from '../../src/reports/provider-report';
import { createTestContext, type TestContext } from '../helpers/context';
import { buildReportHistory, PERIOD, type ReportHistory } from './history';

const asCsv = (value: Cell) =>
  value === null ? '' : typeof value === 'string' ? guardText(value) : String(value);

describe('GET /reports/providers', () => {
  let ctx: TestContext;
  let history: ReportHistory;
  let officer: string;
  let report: ProviderReport;

  beforeAll(async () => {
    ctx = await createTestContext();
    history = await buildReportHistory(ctx.services.db);
    officer = await ctx.tokenFor('officer');
    const res = await ctx.request
      .get(`/reports/providers?${PERIOD}`)
      .set('Authorization', `Bearer ${officer}`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    report = res.body;
  });
  afterAll(() => ctx.destroy());

  const of = (id: number) => report.providers.find((p) => p.provider.id === id)!;

  it('lists every provider with a role, each zone it holds a role in or won work in', () => {
    expect(report.period).toEqual({ from: '2025-12-01', to: '2025-12-31' });
    expect(report.asOf).toBe('2026-01-01T00:00:00.000Z');
    expect(report.providers.map((p) => p.provider.id).sort()).toEqual(
      [history.alpha, history.beta, history.gamma, history.delta].sort(),
    );
    // Alpha won K11 in Harborough Rural in a widened round without holding a role there.
    expect(of(history.alpha).zones.map((z) => [z.zone.id, z.role])).toEqual([
      ['bottesford', 'prime'],
      ['harborough-rural', null],
    ]);
    expect(of(history.gamma).zones.map((z) => [z.zone.id, z.role])).toEqual([
      ['bottesford', 'supplementary'],
      ['harborough-rural', 'supplementary'],
    ]);
    // Delta (suspended) had no events: its row is there, with nothing in it.
    const delta = of(history.delta);
    expect(delta.zones).toHaveLength(1);
    expect(delta.allZones.offers.received).toBe(0);
    expect(delta.allZones.pickUp.awarded).toBe(0);
  });

  it('carries the KPIs of the period as at the instant', () => {
    const alpha = of(history.alpha);
    const bottesford = alpha.zones[0]!.kpis;
    // Offers sent in December: K1, K2 (declined), K5, K6, K7 (expired), K9 (answered only on 1 Jan), K10 (expired).
    expect(bottesford.offers).toMatchObject({
      received: 7,
      decided: 6,
      accepted: 3,
      acceptedPct: 50,
      respondedInWindow: 4,
    });
    // Awards: K1 (1 h), K5 (0.5 h), K6 (0.75 h), all within target; K9's award came after the instant.
    expect(bottesford.pickUp).toMatchObject({
      awarded: 3,
      medianHours: 0.8,
      withinTarget: 3,
      withinTargetPct: 100,
    });
    expect(bottesford.handBacks).toMatchObject({ count: 1, weeklyHours: 8, per100Awarded: 33.3 }); // K5, 1 / 3
    expect(alpha.zones[1]!.kpis.pickUp.awarded).toBe(1); // K11 in Harborough Rural
    expect(alpha.allZones.pickUp.awarded).toBe(4);
    expect(alpha.allZones.offers.received).toBe(8);
    expect(of(history.beta).allZones.pickUp.awarded).toBe(2); // K3, K5 (second episode)
    expect(of(history.gamma).zones[1]!.kpis.handBacks.byReason).toEqual({
      travel: { count: 1, weeklyHours: 7 },
    });
  });

  it('is the same as the performance KPIs for each provider and zone', async () => {
    const res = await ctx.request
      .get(`/performance/kpis?from=2025-12-01&to=2025-12-31&groupBy=provider,zone&provider=${history.alpha}`)
      .set('Authorization', `Bearer ${officer}`);
    // The KPI report runs as at now (5 Jan): K9's answer and award are known by then, so compare what both know.
    const kpis = res.body.groups.find(
      (g: { group: { zone: { id: string } } }) => g.group.zone.id === 'harborough-rural',
    ).kpis;
    expect(of(history.alpha).zones[1]!.kpis).toEqual(kpis);
  });

  it('shows a provider only its own rows, and another provider’s as not found', async () => {
    const token = await ctx.tokenFor('provider', history.beta);
    const own = await ctx.request.get(`/reports/providers?${PERIOD}`).set('Authorization', `Bearer ${token}`);
    expect(own.status).toBe(200);
    expect((own.body as ProviderReport).providers.map((p) => p.provider.id)).toEqual([history.beta]);
    expect((own.body as ProviderReport).providers[0]).toEqual(of(history.beta));
    const asked = await ctx.request
      .get(`/reports/providers?${PERIOD}&provider=${history.beta}`)
      .set('Authorization', `Bearer ${token}`);
    expect(asked.status).toBe(200);
    const other = await ctx.request
      .get(`/reports/providers?${PERIOD}&provider=${history.alpha}`)
      .set('Authorization', `Bearer ${token}`);
    expect(other.status).toBe(404);
    const csv = await ctx.request
      .get(`/reports/providers?${PERIOD}&format=csv`)
      .set('Authorization', `Bearer ${token}`);
    const [, ...rows] = parse(csv.text, { bom: true }) as string[][];
    expect(new Set(rows.map((r) => r[0]))).toEqual(new Set([String(history.beta)]));
  });

  it('gives CSV rows per provider and zone, then each provider over all its zones, with the JSON’s figures', async () => {
    const res = await ctx.request
      .get(`/reports/providers?${PERIOD}`)
      .set('Authorization', `Bearer ${officer}`)
      .set('Accept', 'text/csv');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv; charset=utf-8/);
    const [header, ...rows] = parse(res.text, { bom: true }) as string[][];
    expect(header).toEqual(PROVIDER_HEADERS);
    const zoneRows = report.providers.flatMap((p) =>
      p.zones.map((z) => ({ provider: p.provider, zone: z.zone, role: z.role, kpis: z.kpis })),
    );
    const totals = report.providers.map((p) => ({
      provider: p.provider,
      zone: null,
      role: null,
      kpis: p.allZones,
    }));
    expect(rows).toHaveLength(6 + 4);
    expect(rows).toEqual(
      [...zoneRows, ...totals].map((r) => Object.values(flattenProviderRow(r)).map(asCsv)),
    );
    const gamma = rows.find((r) => r[0] === String(history.gamma) && r[2] === 'all')!;
    expect(gamma[1]).toBe("'=Gamma Care");
  });

  it('gives GeoJSON features per provider and zone, with the zone’s outline', async () => {
    const res = await ctx.request
      .get(`/reports/providers?${PERIOD}&format=geojson`)
      .set('Authorization', `Bearer ${officer}`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/geo\+json/);
    const collection = JSON.parse(res.text) as {
      features: { id: string; geometry: { type: string }; properties: Record<string, Cell> }[];
    };
    const zoneRows = report.providers.flatMap((p) =>
      p.zones.map((z) => ({ provider: p.provider, zone: z.zone, role: z.role, kpis: z.kpis })),
    );
    expect(collection.features.map((f) => f.id)).toEqual(
      zoneRows.map((r) => `${r.provider.id}:${r.zone.id}`),
    );
    collection.features.forEach((f, i) => {
      expect(['Polygon', 'MultiPolygon']).toContain(f.geometry.type);
      expect(f.properties).toEqual(flattenProviderRow(zoneRows[i]!));
    });
  });
});
