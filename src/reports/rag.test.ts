import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config';
import { coverageRag, higherIsBetter, lowerIsBetter, ragSection, worst } from './rag';
import { targetsInForce } from './targets/model';

const thresholds = loadConfig({ NODE_ENV: 'test' }).reports.rag;

describe('coverage report RAG', () => {
  it('grades higher-is-better measures: green at or above green, amber at or above amber', () => {
    const bands = { green: 80, amber: 60 };
    expect([80, 79.9, 60, 59.9].map((v) => higherIsBetter(v, bands))).toEqual([
      'green',
      'amber',
      'amber',
      'red',
    ]);
    expect(higherIsBetter(null, bands)).toBeNull();
  });

  it('grades lower-is-better measures: green at or below green, amber at or below amber', () => {
    const bands = { green: 48, amber: 168 };
    expect([0, 48, 48.1, 168, 168.1].map((v) => lowerIsBetter(v, bands))).toEqual([
      'green',
      'green',
      'amber',
      'amber',
      'red',
    ]);
  });

  it('makes a zone below its minimum primes or providers red, and one at the minimum amber (Bottesford, 2)', () => {
    const minimums = { primes: 2, providers: 2 };
    expect(coverageRag({ primes: 1, providers: 5 }, minimums, 0)).toBe('red');
    expect(coverageRag({ primes: 2, providers: 1 }, { primes: 0, providers: 2 }, 0)).toBe('red');
    expect(coverageRag({ primes: 2, providers: 2 }, minimums, 0)).toBe('amber');
    expect(coverageRag({ primes: 2, providers: 3 }, minimums, 0)).toBe('green');
    expect(coverageRag({ primes: 2, providers: 3 }, minimums, 1)).toBe('amber');
  });

  it('takes the worst measure as overall, ignoring measures that do not apply', () => {
    expect(worst(['green', null, 'amber'])).toBe('amber');
    expect(worst([null, null])).toBeNull();
    const section = ragSection(
      {
        coverage: { value: 1, rag: 'red' },
        placedPctOfPlanned: 95,
        withinTargetPct: null,
        primeSharePct: null,
        hasPrimes: false,
        longestWaitHours: null,
        handBacksPer100Awards: null,
      },
      targetsInForce([], thresholds, { day: '2026-01-05', zoneId: null }),
    );
    expect(section.overall).toBe('red');
    expect(section.supply.rag).toBe('green');
    expect(section.pickUp.rag).toBeNull();
    expect(section.primeShare.rag).toBeNull();
    // Nobody waiting is the best case.
    expect(section.longestWait).toMatchObject({
      value: null,
      rag: 'green',
      target: { target: 48, amber: 168 },
    });
  });
});

describe('report RAG configuration', () => {
  it('has documented defaults and refuses a green threshold on the wrong side of amber', () => {
    expect(thresholds.supplyPct).toEqual({ green: 90, amber: 75 });
    expect(thresholds.longestWaitHours).toEqual({ green: 48, amber: 168 });
    expect(() =>
      loadConfig({ REPORT_RAG_PICKUP_GREEN_PCT: '50', REPORT_RAG_PICKUP_AMBER_PCT: '60' }),
    ).toThrow(/REPORT_RAG_PICKUP_GREEN_PCT/);
    expect(() => loadConfig({ REPORT_RAG_WAIT_GREEN_HOURS: '200' })).toThrow(/REPORT_RAG_WAIT_GREEN_HOURS/);
    expect(loadConfig({ REPORT_RAG_COVERAGE_AMBER_MARGIN: '1' }).reports.rag.coverageAmberMargin).toBe(1);
  });
});
