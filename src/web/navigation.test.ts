import { describe, expect, it } from 'vitest';
import { homeFor, navigationFor } from './navigation';
import { safeReturnPath } from './page';

describe('navigation', () => {
  const active = (role: Parameters<typeof navigationFor>[0], path: string) =>
    navigationFor(role, path)
      .filter((i) => i.active)
      .map((i) => i.text);

  it('shows each role its own items, the current one marked', () => {
    expect(navigationFor('provider', '/my/offers/4').map((i) => i.text)).toEqual([
      'My offers',
      'My packages',
      'My capacity',
      'Needs I can meet',
      'My performance',
      'My applications',
      'Webhooks',
      'Notifications',
    ]);
    expect(navigationFor('commissioner', '/').map((i) => i.text)).toEqual([
      'Work queue',
      'Find a package',
      'Reviews due',
      'Providers',
      'Coverage map',
      'Performance and flags',
      'Admission',
      'Provider risk',
      'Scrutiny summary',
      'Finance',
      'Before and after',
      'Notifications',
    ]);
    // An elected member sees the scrutiny summary and nothing else (docs/specification/roles-and-stories.md §9.1).
    expect(navigationFor('member', '/scrutiny')).toEqual([
      { text: 'Scrutiny summary', href: '/scrutiny', active: true },
    ]);
    expect(navigationFor('officer', '/').map((i) => i.text)).not.toContain('Performance and flags');
    expect(active('admin', '/staff/performance/flags/3')).toEqual(['Performance and flags']);
    expect(active('provider', '/my/offers/4')).toEqual(['My offers']);
    expect(active('officer', '/staff/packages/new')).toEqual(['New package']);
    expect(active('officer', '/staff/packages/12')).toEqual(['Find a package']);
    expect(active('officer', '/staff/queue')).toEqual(['Work queue']);
  });

  it('sends each role home after signing in', () => {
    expect(homeFor('officer')).toBe('/staff/queue');
    expect(homeFor('provider')).toBe('/my/offers');
    expect(homeFor('admin')).toBe('/admin/providers');
    expect(homeFor('commissioner')).toBe('/staff/coverage');
    expect(homeFor('member')).toBe('/scrutiny');
  });

  it('returns only to paths on this site after signing in', () => {
    expect(safeReturnPath('/staff/queue?zone=melton')).toBe('/staff/queue?zone=melton');
    expect(safeReturnPath('//evil.example')).toBeUndefined();
    expect(safeReturnPath('/\\evil.example')).toBeUndefined();
    expect(safeReturnPath('https://evil.example')).toBeUndefined();
    expect(safeReturnPath(undefined)).toBeUndefined();
  });
});
