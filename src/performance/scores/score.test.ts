import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../config';
import { blend, computeScore, qualityLive, ragOf, type ScoreEvidence } from './score';

const settings = loadConfig({}).performance;

const noEvidence = (tenderScore = 70): ScoreEvidence => ({
  tenderScore,
  offers: { decided: 0, respondedInWindow: 0, accepted: 0, quickAccepted: 0 },
  starts: { judged: 0, onTime: 0 },
  handBacksWithoutNotice: 0,
  quality: { visitScores: [], cqcRating: null, upheldComplaints: 0, safeguardingConcerns: 0 },
});

describe('blend', () => {
  it('moves from the tender score to the live value in proportion n / (n + k)', () => {
    expect(blend(70, 30, 0, 20)).toEqual({ value: 70, live: null, evidence: 0, liveWeight: 0 });
    expect(blend(70, 30, 20, 20)).toMatchObject({ value: 50, liveWeight: 0.5 });
    expect(blend(70, 30, 180, 20)).toMatchObject({ value: 34, liveWeight: 0.9 });
    expect(blend(70, 30, 5, 0)).toMatchObject({ value: 30, liveWeight: 1 });
  });
});

describe('computeScore', () => {
  it('is the tender score, in every component, for a provider with no evidence', () => {
    const score = computeScore(noEvidence(82), settings);
    expect(score.value).toBe(82);
    expect(score.rag).toBe('green');
    for (const c of Object.values(score.components))
      expect(c).toMatchObject({ value: 82, live: null, liveWeight: 0 });
  });

  it('barely moves for one bad week with little history, and follows a long record', () => {
    const badWeek = {
      ...noEvidence(80),
      offers: { decided: 3, respondedInWindow: 0, accepted: 0, quickAccepted: 0 },
    };
    const week = computeScore(badWeek, settings);
    // response live 0 with n = 3: 80 + 3/23 × (0 − 80) = 69.57
    expect(week.components.response.value).toBeCloseTo(69.57, 2);
    expect(week.value).toBeGreaterThan(75);

    const badYear = {
      ...noEvidence(80),
      offers: { decided: 380, respondedInWindow: 0, accepted: 0, quickAccepted: 0 },
    };
    expect(computeScore(badYear, settings).components.response.value).toBe(4);
  });

  it('maps response to the mean of answered-in-window % and accepted %', () => {
    const e = {
      ...noEvidence(70),
      offers: { decided: 30, respondedInWindow: 30, accepted: 15, quickAccepted: 0 },
    };
    const score = computeScore(e, settings);
    expect(score.components.response).toMatchObject({ live: 75, evidence: 30, liveWeight: 0.6, value: 73 });
  });

  it('counts each hand-back without notice as a failed response', () => {
    const offers = { decided: 10, respondedInWindow: 10, accepted: 10, quickAccepted: 0 };
    const clean = computeScore({ ...noEvidence(70), offers }, settings);
    const handedBack = computeScore({ ...noEvidence(70), offers, handBacksWithoutNotice: 1 }, settings);
    expect(clean.components.response).toMatchObject({ live: 100, evidence: 10 });
    // live = 50 × (10 + 10) / 11 = 90.91; w = 11 / 31
    expect(handedBack.components.response).toMatchObject({ live: 90.91, evidence: 11 });
    expect(handedBack.components.response.value).toBeLessThan(clean.components.response.value);
    expect(handedBack.components.pickUp).toEqual(clean.components.pickUp);
  });

  it('moves response from the tender score on hand-backs without notice alone', () => {
    const score = computeScore({ ...noEvidence(80), handBacksWithoutNotice: 2 }, settings);
    // live 0 with n = 2: 80 + 2/22 × (0 − 80) = 72.73
    expect(score.components.response).toMatchObject({ live: 0, evidence: 2, value: 72.73 });
  });

  it('maps pick-up to quick acceptances and on-time starts', () => {
    const e = {
      ...noEvidence(60),
      offers: { decided: 10, respondedInWindow: 10, accepted: 6, quickAccepted: 6 },
      starts: { judged: 4, onTime: 2 },
    };
    // (6 + 2) / (6 + 4) = 80 live, n = 10, w = 1/3 → 60 + 20/3
    expect(computeScore(e, settings).components.pickUp).toMatchObject({
      live: 80,
      evidence: 10,
      value: 66.67,
    });
  });

  it('weights the components as configured', () => {
    const e = {
      ...noEvidence(50),
      offers: { decided: 1_000_000, respondedInWindow: 1_000_000, accepted: 1_000_000, quickAccepted: 0 },
    };
    const onlyResponse = { ...settings, weights: { pickUp: 0, quality: 0, response: 1 } };
    expect(computeScore(e, onlyResponse).value).toBeCloseTo(100, 1);
    // Accepted but never quickly: pick-up ≈ 0, quality stays at tender 50, response ≈ 100.
    expect(computeScore(e, settings).value).toBeCloseTo((0 + 50 + 100) / 3, 1);
  });
});

describe('quality', () => {
  it('averages visit scores and CQC points, then takes off complaint and safeguarding penalties', () => {
    const e = noEvidence(70);
    e.quality = { visitScores: [90, 70], cqcRating: 'good', upheldComplaints: 1, safeguardingConcerns: 1 };
    // mean(90, 70, 80) = 80, less 10 and 20 = 50; n = 2 + 1 + 2 = 5
    expect(qualityLive(e, settings)).toEqual({ live: 50, n: 5 });
  });

  it('treats "not yet rated" as no evidence, and penalties alone as applying to the tender score', () => {
    const e = noEvidence(70);
    e.quality = { visitScores: [], cqcRating: 'not-yet-rated', upheldComplaints: 0, safeguardingConcerns: 0 };
    expect(qualityLive(e, settings)).toEqual({ live: null, n: 0 });
    e.quality.upheldComplaints = 1;
    expect(qualityLive(e, settings)).toEqual({ live: 60, n: 1 });
  });

  it('scores CQC outstanding 100, good 80, requires improvement 50, inadequate 0, within 0–100', () => {
    const of = (rating: 'outstanding' | 'good' | 'requires-improvement' | 'inadequate') =>
      qualityLive(
        {
          ...noEvidence(),
          quality: { visitScores: [], cqcRating: rating, upheldComplaints: 0, safeguardingConcerns: 0 },
        },
        settings,
      ).live;
    expect([of('outstanding'), of('good'), of('requires-improvement'), of('inadequate')]).toEqual([
      100, 80, 50, 0,
    ]);
    const many = {
      ...noEvidence(),
      quality: { visitScores: [10], cqcRating: null, upheldComplaints: 0, safeguardingConcerns: 5 },
    };
    expect(qualityLive(many, settings).live).toBe(0);
  });
});

describe('ragOf', () => {
  it('is red below 50, amber below 70, green from 70 by default', () => {
    expect([
      ragOf(49.99, settings.rag),
      ragOf(50, settings.rag),
      ragOf(69.9, settings.rag),
      ragOf(70, settings.rag),
    ]).toEqual(['red', 'amber', 'amber', 'green']);
  });
});
