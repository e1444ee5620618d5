import { z } from 'zod';
import { STAFF_ROLES, USER_ROLES, type Role } from './auth/roles';
import type { Config } from './config';

const roleList = z
  .string()
  .regex(
    new RegExp(`^(${USER_ROLES.join('|')})(,(${USER_ROLES.join('|')}))*$`),
    `roles from ${USER_ROLES.join(', ')}, comma-separated`,
  );

const roleMap = z
  .string()
  .regex(
    new RegExp(`^[^=,]+=(${STAFF_ROLES.join('|')})(,[^=,]+=(${STAFF_ROLES.join('|')}))*$`),
    `claim-value=role pairs, comma-separated, each role one of ${STAFF_ROLES.join(', ')}`,
  );

/** The web pages' sessions and sign-in variables (parsed with the rest in src/config.ts). */
export const signInEnv = {
  WEB_SESSION_HOURS: z.coerce.number().min(0.25).max(720).default(8),
  SIGN_IN_FAILURES_BEFORE_DELAY: z.coerce.number().int().min(1).max(1_000).default(5),
  SIGN_IN_FAILURES_BEFORE_LOCK: z.coerce.number().int().min(1).max(1_000).default(10),
  // Staff single sign-on (src/web/sign-in/oidc): off unless OIDC_ISSUER_URL is set (docs/operations.md).
  OIDC_ISSUER_URL: z.url().optional(),
  OIDC_CLIENT_ID: z.string().min(1).optional(),
  OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  OIDC_REDIRECT_URL: z.url().optional(),
  OIDC_SCOPES: z.string().default('openid profile email'),
  OIDC_ROLE_CLAIM: z.string().min(1).default('groups'),
  OIDC_ROLE_MAP: roleMap.optional(),
  PASSWORD_SIGN_IN_ROLES: roleList.default(USER_ROLES.join(',')),
  // How long an emailed link to choose a password works (src/users/links.ts).
  INVITATION_HOURS: z.coerce.number().min(1).max(720).default(72),
  PASSWORD_RESET_MINUTES: z.coerce.number().int().min(5).max(1_440).default(60),
  // Roles whose password users must use a second factor (TOTP), e.g. admin; none by default.
  TOTP_REQUIRED_ROLES: roleList.optional(),
};

/** PUBLIC_BASE_URL is the notifications' setting (src/notifications/config.ts), with its default. */
type SignInEnv = z.output<z.ZodObject<typeof signInEnv>> & { PUBLIC_BASE_URL: string };

/** The server-rendered pages (src/web): sessions and sign-in lock-out. */
export interface WebConfig {
  /** A web session ends after this many hours without a request. */
  sessionHours: number;
  /** Failed sign-ins to one account (per 15 minutes) before each further attempt is slowed. */
  signInFailuresBeforeDelay: number;
  /** Failed sign-ins to one account (per 15 minutes) before it is locked for the rest of the window. */
  signInFailuresBeforeLock: number;
  /** Roles that may sign in with a password (all of them unless PASSWORD_SIGN_IN_ROLES narrows it). */
  passwordSignInRoles: readonly Role[];
  /** An invitation's link works this long… */
  invitationHours: number;
  /** …and a password reset's this long. */
  passwordResetMinutes: number;
  /** Roles whose password users must set up a second factor before using any page. */
  totpRequiredRoles: readonly Role[];
  /** Staff single sign-on, when configured. */
  oidc: OidcConfig | undefined;
}

/** The council's OpenID Connect provider and how its claims become this service's roles. */
export interface OidcConfig {
  issuerUrl: string;
  clientId: string;
  clientSecret: string | undefined;
  /** Where the provider sends the browser back: {PUBLIC_BASE_URL}/sign-in/oidc/callback unless set. */
  redirectUrl: string;
  scopes: string;
  /** The ID token claim holding groups or app roles (a string or an array of strings). */
  roleClaim: string;
  /** Claim value → role; a user none of whose values is mapped is refused. */
  roleMap: Record<string, Role>;
}

export function webConfigOf(env: SignInEnv): WebConfig {
  return {
    sessionHours: env.WEB_SESSION_HOURS,
    signInFailuresBeforeDelay: env.SIGN_IN_FAILURES_BEFORE_DELAY,
    signInFailuresBeforeLock: env.SIGN_IN_FAILURES_BEFORE_LOCK,
    passwordSignInRoles: env.PASSWORD_SIGN_IN_ROLES.split(',') as Role[],
    invitationHours: env.INVITATION_HOURS,
    passwordResetMinutes: env.PASSWORD_RESET_MINUTES,
    totpRequiredRoles: (env.TOTP_REQUIRED_ROLES?.split(',') ?? []) as Role[],
    oidc: oidcConfigOf(env),
  };
}

function oidcConfigOf(env: SignInEnv): OidcConfig | undefined {
  if (!env.OIDC_ISSUER_URL || !env.OIDC_CLIENT_ID || !env.OIDC_ROLE_MAP) return undefined;
  const redirectUrl = env.OIDC_REDIRECT_URL ?? new URL('/sign-in/oidc/callback', env.PUBLIC_BASE_URL).href;
  return {
    issuerUrl: env.OIDC_ISSUER_URL,
    clientId: env.OIDC_CLIENT_ID,
    clientSecret: env.OIDC_CLIENT_SECRET,
    redirectUrl,
    scopes: env.OIDC_SCOPES,
    roleClaim: env.OIDC_ROLE_CLAIM,
    roleMap: Object.fromEntries(
      env.OIDC_ROLE_MAP.split(',').map((pair) => {
        const at = pair.lastIndexOf('=');
        return [pair.slice(0, at).trim(), pair.slice(at + 1) as Role];
      }),
    ),
  };
}

/** Single sign-on is all or nothing: half a configuration is a mistake, listed with the other problems. */
export function signInProblems(env: SignInEnv): string[] {
  const problems: string[] = [];
  if (env.OIDC_ISSUER_URL === undefined) return problems;
  if (!env.OIDC_CLIENT_ID) problems.push('OIDC_CLIENT_ID: required with OIDC_ISSUER_URL');
  if (!env.OIDC_ROLE_MAP) problems.push('OIDC_ROLE_MAP: required with OIDC_ISSUER_URL');
  if (!env.OIDC_SCOPES.split(' ').includes('openid')) problems.push('OIDC_SCOPES: must include openid');
  return problems;
}

/**
 * What start-up should warn about without refusing to start: in production without TRUST_PROXY,
 * every client behind the load balancer seems to come from its address (docs/operations.md).
 */
export function startupWarnings(config: Config): string[] {
  if (config.env !== 'production' || config.trustProxy !== undefined) return [];
  return [
    'TRUST_PROXY is unset: behind a load balancer or proxy every client shares its address, so the ' +
      'per-address throttle of failed authentications treats them as one (docs/operations.md).',
  ];
}
