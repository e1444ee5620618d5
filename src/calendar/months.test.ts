import { describe, expect, it } from 'vitest';
import { addMonths, lastCompleteMonth, monthDays } from './months';

describe('calendar months', () => {
  it('steps across years and knows each month’s last day', () => {
    expect(addMonths('2026-01', -1)).toBe('2025-12');
    expect(addMonths('2025-12', 1)).toBe('2026-01');
    expect(monthDays('2028-02')).toEqual({ first: '2028-02-01', last: '2028-02-29' });
  });

  it('takes last month in England’s calendar', () => {
    // 00:30 on 1 July in England is still 30 June in UTC.
    expect(lastCompleteMonth(Date.parse('2026-06-30T23:30:00Z'))).toBe('2026-06');
    expect(lastCompleteMonth(Date.parse('2026-01-05T09:00:00Z'))).toBe('2025-12');
  });
});
