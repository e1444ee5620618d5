import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../config';
import { bandsOf, targetsInForce, type StoredTarget } from './model';

const rag = loadConfig({}).reports.rag;
let nextId = 1;
const row = (r: Partial<StoredTarget> & Pick<StoredTarget, 'metric' | 'effectiveFrom'>): StoredTarget => ({
  id: nextId++,
  zoneId: null,
  target: 85,
  tolerance: 10,
  comment: null,
  setBy: { id: 7, name: 'Commissioner' },
  setAt: 0,
  ...r,
});

describe('RAG targets in force', () => {
  it('turns a target and tolerance into bands on the measure\u2019s side', () => {
    expect(bandsOf('pickUp', 80, 20)).toEqual({ green: 80, amber: 60 });
    expect(bandsOf('longestWait', 48, 120)).toEqual({ green: 48, amber: 168 });
  });

  it('falls back to the environment\u2019s thresholds when nothing is stored', () => {
    const t = targetsInForce([], rag, { day: '2026-01-05', zoneId: 'melton' });
    expect(t.pickUp).toMatchObject({ target: 80, tolerance: 20, green: 80, amber: 60, source: 'default' });
    expect(t.longestWait).toMatchObject({ target: 48, tolerance: 120, amber: 168, source: 'default' });
  });

  it('applies a target from its date, the latest one in force winning, and keeps history', () => {
    const rows = [
      row({ metric: 'pickUp', effectiveFrom: '2026-02-01', target: 85 }),
      row({ metric: 'pickUp', effectiveFrom: '2026-04-01', target: 90, tolerance: 5 }),
    ];
    const on = (day: string) => targetsInForce(rows, rag, { day, zoneId: null }).pickUp;
    expect(on('2026-01-31').source).toBe('default');
    expect(on('2026-02-01')).toMatchObject({
      target: 85,
      amber: 75,
      source: 'council',
      effectiveFrom: '2026-02-01',
    });
    expect(on('2026-05-01')).toMatchObject({ target: 90, amber: 85 });
  });

  it('lets a zone override the council\u2019s target with a comment, until the override is ended', () => {
    const rows = [
      row({ metric: 'supply', effectiveFrom: '2026-02-01', target: 90 }),
      row({
        metric: 'supply',
        zoneId: 'bottesford',
        effectiveFrom: '2026-02-01',
        target: 60,
        comment: 'rural',
      }),
      row({
        metric: 'supply',
        zoneId: 'bottesford',
        effectiveFrom: '2026-06-01',
        target: null,
        tolerance: null,
      }),
    ];
    const at = (day: string, zoneId: string | null) => targetsInForce(rows, rag, { day, zoneId }).supply;
    expect(at('2026-03-01', 'bottesford')).toMatchObject({
      target: 60,
      source: 'zone-override',
      comment: 'rural',
      setBy: { name: 'Commissioner' },
    });
    expect(at('2026-03-01', 'melton')).toMatchObject({ target: 90, source: 'council' });
    expect(at('2026-03-01', null)).toMatchObject({ target: 90, source: 'council' });
    expect(at('2026-06-01', 'bottesford')).toMatchObject({ target: 90, source: 'council' });
  });
});
