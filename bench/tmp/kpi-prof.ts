import { performance } from 'node:perf_hooks';
import { connect } from '../../src/db/connect';
import { loadConfig } from '../../src/config';
import { foldKpiAggregates } from '../../src/performance/kpis/aggregates/fold';
import { foldSettingsOf } from '../../src/performance/kpis/aggregates/rebuild';
import { summedDays } from '../../src/performance/kpis/aggregates/store';
import { rawPartials } from '../../src/performance/kpis/aggregates/raw';
const file = process.argv[2]!;
const db = connect({ client: 'sqlite3', file });
const config = loadConfig({ NODE_ENV: 'test' });
const s = foldSettingsOf(config);
const state = await db('kpi_fold_state').first();
let now = Number(state.folded_to) + 1000;
const t = async (label: string, f: () => Promise<unknown>) => { const t0 = performance.now(); const r = await f(); console.log(label, (performance.now() - t0).toFixed(0), 'ms'); return r; };
for (let i = 0; i < 2; i++) {
  now += 1000;
  console.log(await t('fold', () => foldKpiAggregates(db, now, s)));
  await t('summed provider,zone', () => summedDays(db, { from: '2025-01-01', to: '2026-01-02' }, ['provider', 'zone']));
  await t('summed provider', () => summedDays(db, { from: '2025-01-01', to: '2026-01-02' }, ['provider']));
  await t('summed none', () => summedDays(db, { from: '2025-01-01', to: '2026-01-02' }, []));
  await t('raw 4h', () => rawPartials(db, { from: now - 4 * 3600_000 - 365 * 86400_000, to: now - 365 * 86400_000, asOf: now }, s));
}
await db.destroy();
