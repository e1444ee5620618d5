import { describe, expect, it } from 'vitest';
import {
  careStartedCheck,
  dateIssues,
  evidenceDateCheck,
  exitDateCheck,
  lastVisitCheck,
  noticeDateCheck,
  periodChecks,
  proposedStartCheck,
  wantedStartCheck,
} from './field-rules';

// 23:30 UTC on 5 July 2026 is already 6 July in England (BST): "today" is the London day.
const now = Date.parse('2026-07-05T23:30:00Z');
const refused = (check: Parameters<typeof dateIssues>[0][number]) =>
  dateIssues([check]).map((i) => i.message);

describe('the range of each date field', () => {
  it('wanted start: 14 days past to a year ahead', () => {
    expect(refused(wantedStartCheck('w', '2026-06-22', now))).toEqual([]);
    expect(refused(wantedStartCheck('w', '2026-06-21', now))).toEqual([
      'must not be before 14 days ago (2026-06-22)',
    ]);
    expect(refused(wantedStartCheck('w', '2027-07-06', now))).toEqual([]);
    expect(refused(wantedStartCheck('w', '2027-07-07', now))).toHaveLength(1);
    expect(refused(wantedStartCheck('w', undefined, now))).toEqual([]);
  });

  it('proposed start: today to a year ahead; notice date: today or later', () => {
    expect(refused(proposedStartCheck('s', '2026-07-05', now))).toEqual([
      'must not be before today (2026-07-06)',
    ]);
    expect(refused(proposedStartCheck('s', '2026-07-06', now))).toEqual([]);
    expect(refused(noticeDateCheck('n', '2026-07-05', now))).toHaveLength(1);
    expect(refused(noticeDateCheck('n', '2030-01-01', now))).toEqual([]);
  });

  it("a hand-back's last visit: today to the notice date; a provider's exit: today to a year ahead", () => {
    const when = { noticeDate: '2026-08-03', now };
    expect(refused(lastVisitCheck('v', '2026-08-04', when))).toEqual([
      'must not be after the notice date (2026-08-03)',
    ]);
    expect(refused(lastVisitCheck('v', '2026-07-06', when))).toEqual([]);
    expect(refused(lastVisitCheck('v', undefined, when))).toEqual([]);
    expect(refused(exitDateCheck('x', '2026-07-05', now))).toHaveLength(1);
    expect(refused(exitDateCheck('x', '2027-07-07', now))).toHaveLength(1);
  });

  it('care started: from the day of the award to today', () => {
    const when = { awardedAt: Date.parse('2026-07-01T12:00:00Z'), now };
    expect(refused(careStartedCheck('c', '2026-06-30', when))).toEqual([
      'must not be before the award (2026-07-01)',
    ]);
    expect(refused(careStartedCheck('c', '2026-07-06', when))).toEqual([]);
    expect(refused(careStartedCheck('c', '2026-07-07', when))).toEqual([
      'must not be after today (2026-07-06)',
    ]);
  });

  it('evidence: from the day the provider joined to today; periods: the framework start to a year ahead', () => {
    const when = { joinedOn: '2024-04-01', now };
    expect(refused(evidenceDateCheck('e', '2024-03-31', when))).toHaveLength(1);
    expect(refused(evidenceDateCheck('e', '2024-04-01', when))).toEqual([]);
    const issues = dateIssues(periodChecks('query', { from: '2021-10-31', to: '2027-07-07' }, now));
    expect(issues.map((i) => i.path)).toEqual(['query.from', 'query.to']);
  });
});
