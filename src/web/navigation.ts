import { OVERSIGHT_ROLES, SCRUTINY_ROLES, STAFF_ROLES, type Role } from '../auth/roles';

export interface NavItem {
  text: string;
  href: string;
  roles: readonly Role[];
  /** Other paths whose pages belong under this item (none yet; a package page falls under "Find a package" by its path). */
  alsoUnder?: readonly string[];
}

/** The service navigation, in order; each user sees the items open to their role. */
export const NAVIGATION: readonly NavItem[] = [
  { text: 'Work queue', href: '/staff/queue', roles: STAFF_ROLES },
  { text: 'Find a package', href: '/staff/packages', roles: STAFF_ROLES },
  { text: 'New package', href: '/staff/packages/new', roles: ['officer'] },
  { text: 'Reviews due', href: '/staff/reviews-due', roles: ['officer', 'commissioner'] },
  { text: 'Providers', href: '/staff/providers', roles: STAFF_ROLES },
  { text: 'Coverage map', href: '/staff/coverage', roles: STAFF_ROLES },
  { text: 'Performance and flags', href: '/staff/performance', roles: OVERSIGHT_ROLES },
  { text: 'Admission', href: '/staff/admission', roles: OVERSIGHT_ROLES },
  { text: 'Provider risk', href: '/staff/provider-risk', roles: OVERSIGHT_ROLES },
  { text: 'Scrutiny summary', href: '/scrutiny', roles: SCRUTINY_ROLES },
  { text: 'Finance', href: '/staff/finance', roles: OVERSIGHT_ROLES },
  { text: 'Before and after', href: '/staff/before-after', roles: ['officer', 'commissioner', 'admin'] },
  { text: 'My offers', href: '/my/offers', roles: ['provider'] },
  { text: 'My packages', href: '/my/packages', roles: ['provider'] },
  { text: 'My capacity', href: '/my/capacity', roles: ['provider'] },
  { text: 'Needs I can meet', href: '/my/needs', roles: ['provider'] },
  { text: 'My performance', href: '/my/performance', roles: ['provider'] },
  { text: 'My applications', href: '/my/applications', roles: ['provider'] },
  { text: 'Webhooks', href: '/my/webhooks', roles: ['provider'] },
  { text: 'Provider admin', href: '/admin/providers', roles: ['admin'] },
  { text: 'Rate cards', href: '/admin/rate-cards', roles: ['admin'] },
  { text: 'Specialists', href: '/admin/specialists', roles: ['admin'] },
  { text: 'CQC ratings', href: '/admin/imports/cqc-ratings', roles: ['admin'] },
  { text: 'Caseload import', href: '/admin/imports/caseload', roles: ['admin', 'officer'] },
  { text: 'Users', href: '/admin/users', roles: ['admin'] },
  { text: 'Outbox', href: '/admin/outbox', roles: ['admin'] },
  {
    text: 'Notifications',
    href: '/my/notifications',
    roles: ['officer', 'provider', 'commissioner', 'admin'],
  },
  { text: 'Stored dates', href: '/admin/dates', roles: ['admin'] },
];

/** Where a user lands after signing in. */
export function homeFor(role: Role): string {
  if (role === 'provider') return '/my/offers';
  if (role === 'member') return '/scrutiny';
  if (role === 'admin') return '/admin/providers';
  if (role === 'commissioner') return '/staff/coverage';
  return '/staff/queue';
}

/** The navigation for a role, with the item the current path falls under marked. */
export function navigationFor(role: Role, currentPath: string) {
  const items = NAVIGATION.filter((item) => item.roles.includes(role));
  const under = (path: string) => currentPath === path || currentPath.startsWith(`${path}/`);
  // The longest matching path wins, so /staff/packages/new is "New package", /staff/packages/7 "Find a package".
  let current: NavItem | undefined;
  let longest = -1;
  for (const item of items) {
    for (const path of [item.href, ...(item.alsoUnder ?? [])]) {
      if (under(path) && path.length > longest) [current, longest] = [item, path.length];
    }
  }
  return items.map((item) => ({ text: item.text, href: item.href, active: item === current }));
}
