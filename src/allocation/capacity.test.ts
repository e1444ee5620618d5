import { describe, expect, it } from 'vitest';
import { remainingCapacity } from './capacity';

describe('remainingCapacity', () => {
  it('takes each award made since the declaration off the declared minutes', () => {
    const declared = { weeklyMinutes: 720, declaredAt: 1_000 };
    expect(remainingCapacity(declared, [])).toBe(720);
    expect(
      remainingCapacity(declared, [
        { weeklyMinutes: 600, awardedAt: 1_500 },
        { weeklyMinutes: 300, awardedAt: 1_000 },
      ]),
    ).toBe(-180);
  });

  it('no longer counts an award once the provider declares again', () => {
    const award = { weeklyMinutes: 600, awardedAt: 1_500 };
    expect(remainingCapacity({ weeklyMinutes: 720, declaredAt: 1_000 }, [award])).toBe(120);
    expect(remainingCapacity({ weeklyMinutes: 720, declaredAt: 2_000 }, [award])).toBe(720);
  });

  it('knows no capacity for a provider that never declared in the zone', () => {
    expect(remainingCapacity(null, [{ weeklyMinutes: 600, awardedAt: 1_500 }])).toBeNull();
  });
});
