import { describe, expect, it } from 'vitest';
import { roleFromClaims } from './role-claim';

const map = {
  'hcfl-officers': 'officer',
  'hcfl-admins': 'admin',
  'hcfl-commissioners': 'commissioner',
} as const;

describe('roleFromClaims', () => {
  it('maps a claim given as an array or as one string', () => {
    expect(roleFromClaims({ groups: ['everyone', 'hcfl-officers'] }, 'groups', map)).toBe('officer');
    expect(roleFromClaims({ roles: 'hcfl-admins' }, 'roles', map)).toBe('admin');
  });

  it('gives the broadest role when several values map', () => {
    expect(roleFromClaims({ groups: ['hcfl-officers', 'hcfl-admins'] }, 'groups', map)).toBe('admin');
  });

  it('gives no role for an unmapped value, a missing claim or a claim that is not text', () => {
    expect(roleFromClaims({ groups: ['everyone'] }, 'groups', map)).toBeUndefined();
    expect(roleFromClaims({}, 'groups', map)).toBeUndefined();
    expect(roleFromClaims({ groups: [{ id: 'hcfl-admins' }], roles: 7 }, 'groups', map)).toBeUndefined();
    // Only the configured claim counts.
    expect(roleFromClaims({ roles: ['hcfl-admins'] }, 'groups', map)).toBeUndefined();
  });
});
