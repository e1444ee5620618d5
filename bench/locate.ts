/**
 * Locate benchmark (docs/BENCHMARKS.md "Locate"): start-up load of geo/areas.geojson, lookups per second
 * (zone and band together), and the same points through a plain turf.booleanPointInPolygon loop over
 * the 14 dissolved zones, in one run.
 *
 *   npx tsx bench/locate.ts [--points 1000000] [--baseline-points 20000]
 *
 * Points are uniform random in the bounding box of geo/areas.geojson (fixed seed), about half of them
 * outside the county (Leicester City, Rutland, beyond); a second pass uses only the points inside.
 */
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { bbox, booleanPointInPolygon } from '@turf/turf';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { loadAreaIndexFromFile, type AreaIndex } from '../src/zones/lookup';

const GEO_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../geo');
const RUNS = 5;

const { values } = parseArgs({
  options: {
    points: { type: 'string', default: '1000000' },
    'baseline-points': { type: 'string', default: '20000' },
  },
});
const pointCount = Number(values.points);
const baselineCount = Number(values['baseline-points']);

function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** Lookups per second over the points, zone and band both read; the median of RUNS runs. */
function lookupRate(index: AreaIndex, xs: Float64Array, ys: Float64Array): { rate: number; found: number } {
  const rates: number[] = [];
  let found = 0;
  for (let run = 0; run < RUNS; run++) {
    let bandsSeen = 0;
    const started = performance.now();
    for (let i = 0; i < xs.length; i++) {
      const area = index.locate(xs[i] ?? 0, ys[i] ?? 0);
      if (area && area.zoneId && area.band) bandsSeen++;
    }
    rates.push(xs.length / ((performance.now() - started) / 1000));
    found = bandsSeen;
  }
  return { rate: median(rates), found };
}

// 1. Start-up: read, parse and index geo/areas.geojson, cold, as the service does once.
const loadStarted = performance.now();
const index = loadAreaIndexFromFile(resolve(GEO_DIR, 'areas.geojson'));
const loadMs = performance.now() - loadStarted;
const reloads = Array.from({ length: RUNS }, () => {
  const started = performance.now();
  loadAreaIndexFromFile(resolve(GEO_DIR, 'areas.geojson'));
  return performance.now() - started;
});

// 2. The points.
const zones = JSON.parse(readFileSync(resolve(GEO_DIR, 'zones.geojson'), 'utf8')) as FeatureCollection<
  Polygon | MultiPolygon,
  { id: string }
>;
const [minX = 0, minY = 0, maxX = 0, maxY = 0] = bbox(zones);
const next = random(20211101);
const xs = new Float64Array(pointCount);
const ys = new Float64Array(pointCount);
for (let i = 0; i < pointCount; i++) {
  xs[i] = minX + next() * (maxX - minX);
  ys[i] = minY + next() * (maxY - minY);
}
const insideIdx = [...xs.keys()].filter((i) => index.locate(xs[i] ?? 0, ys[i] ?? 0));
const insideXs = Float64Array.from(insideIdx, (i) => xs[i] ?? 0);
const insideYs = Float64Array.from(insideIdx, (i) => ys[i] ?? 0);

// 3. The index.
const all = lookupRate(index, xs, ys);
const inside = lookupRate(index, insideXs, insideYs);

// 4. The baseline: a plain loop of turf.booleanPointInPolygon over the 14 zones (zone only, no band).
function baselineRate(px: Float64Array, py: Float64Array): number {
  const count = Math.min(baselineCount, px.length);
  const rates: number[] = [];
  for (let run = 0; run < 3; run++) {
    const started = performance.now();
    let hits = 0;
    for (let i = 0; i < count; i++) {
      const point = [px[i] ?? 0, py[i] ?? 0];
      for (const zone of zones.features) {
        if (booleanPointInPolygon(point, zone)) {
          hits++;
          break;
        }
      }
    }
    rates.push(count / ((performance.now() - started) / 1000));
    if (hits === 0) throw new Error('baseline found nothing');
  }
  return median(rates);
}
const baselineAll = baselineRate(xs, ys);
const baselineInside = baselineRate(insideXs, insideYs);

const fmt = (n: number) => Math.round(n).toLocaleString('en-GB');
console.log(`Locate benchmark — ${new Date().toISOString()}`);
console.log(
  `Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}, ${process.platform}`,
);
console.log(`Areas indexed: ${fmt(index.areaCount)}`);
console.log(
  `Start-up (read + parse + index geo/areas.geojson): ${loadMs.toFixed(0)} ms cold; warm median ${median(reloads).toFixed(0)} ms`,
);
console.log(
  `Index, ${fmt(pointCount)} random points in the county bbox (${fmt(all.found)} inside): ${fmt(all.rate)} lookups/s (median of ${RUNS})`,
);
console.log(
  `Index, the ${fmt(insideXs.length)} of them inside the county: ${fmt(inside.rate)} lookups/s (median of ${RUNS})`,
);
console.log(
  `Baseline, turf.booleanPointInPolygon over the 14 zones, first ${fmt(baselineCount)} of the same points: ` +
    `${fmt(baselineAll)} lookups/s (all), ${fmt(baselineInside)} lookups/s (inside) (median of 3)`,
);
console.log(
  `Speed-up over the baseline: ${(all.rate / baselineAll).toFixed(0)}× (all points), ` +
    `${(inside.rate / baselineInside).toFixed(0)}× (inside points)`,
);
