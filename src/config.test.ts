import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, startupWarnings } from './config';

describe('loadConfig', () => {
  it('serves the embedded mode with no variables at all', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      env: 'development',
      port: 3000,
      database: { client: 'sqlite3', file: 'data/hcfl.sqlite' },
      demoMode: true,
    });
  });

  it('uses PostgreSQL when DATABASE_URL is set, and PORT overrides the port', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://u:p@127.0.0.1:5432/hcfl', PORT: '8080' });
    expect(config.database).toMatchObject({ client: 'pg', url: 'postgres://u:p@127.0.0.1:5432/hcfl' });
    expect(config.port).toBe(8080);
  });

  it('refuses to start in production and lists every missing variable at once', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(ConfigError);
    try {
      loadConfig({ NODE_ENV: 'production' });
    } catch (err) {
      expect((err as Error).message).toContain('DATABASE_URL: required in production');
      expect((err as Error).message).toContain('SESSION_SECRET: required in production');
    }
  });

  it('never loads demo data in production unless asked', () => {
    const config = loadConfig({
      NODE_ENV: 'production',
      DATABASE_URL: 'postgres://u:p@db/hcfl',
      SESSION_SECRET: 's'.repeat(40),
    });
    expect(config.demoMode).toBe(false);
  });

  it('names the variable that is malformed', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL/);
  });

  it('reads the quality-score settings, with per-zone demotion thresholds, and refuses all-zero weights', () => {
    const config = loadConfig({
      REVIEW_ZONE_THRESHOLDS: 'charnwood-north=45,melton=40.5',
      SCORE_K_QUALITY: '5',
    });
    expect(config.performance).toMatchObject({
      pickUpTargetDays: { urgent: 0, standard: 2 },
      weights: { pickUp: 1, quality: 1, response: 1 },
      evidenceK: { pickUp: 20, quality: 5, response: 20 },
      rag: { redBelow: 50, amberBelow: 70 },
      review: { periodMonths: 3, minOffers: 10, zoneThresholds: { 'charnwood-north': 45, melton: 40.5 } },
    });
    expect(() =>
      loadConfig({ SCORE_WEIGHT_PICKUP: '0', SCORE_WEIGHT_QUALITY: '0', SCORE_WEIGHT_RESPONSE: '0' }),
    ).toThrow(/SCORE_WEIGHT/);
    expect(() => loadConfig({ REVIEW_ZONE_THRESHOLDS: 'melton:40' })).toThrow(/REVIEW_ZONE_THRESHOLDS/);
  });
});

describe('startupWarnings', () => {
  const production = {
    NODE_ENV: 'production',
    DATABASE_URL: 'postgres://u@h/db',
    SESSION_SECRET: 'x'.repeat(32),
  };

  it('warns in production when TRUST_PROXY is unset, and not once it is set', () => {
    expect(startupWarnings(loadConfig(production))).toEqual([expect.stringMatching(/^TRUST_PROXY is unset/)]);
    expect(startupWarnings(loadConfig({ ...production, TRUST_PROXY: '10.0.0.0/8' }))).toEqual([]);
    expect(startupWarnings(loadConfig({}))).toEqual([]);
  });
});

describe('single sign-on configuration', () => {
  it('is off without OIDC_ISSUER_URL, and read whole when set', () => {
    expect(loadConfig({}).web.oidc).toBeUndefined();
    const config = loadConfig({
      OIDC_ISSUER_URL: 'https://login.example.org/tenant/v2.0',
      OIDC_CLIENT_ID: 'client',
      PUBLIC_BASE_URL: 'https://homecare.example.org',
      OIDC_ROLE_CLAIM: 'roles',
      OIDC_ROLE_MAP: 'HCFL.Officer=officer,HCFL.Admin=admin',
      PASSWORD_SIGN_IN_ROLES: 'provider',
    });
    expect(config.web.oidc).toMatchObject({
      redirectUrl: 'https://homecare.example.org/sign-in/oidc/callback',
      roleClaim: 'roles',
      roleMap: { 'HCFL.Officer': 'officer', 'HCFL.Admin': 'admin' },
      scopes: 'openid profile email',
    });
    expect(config.web.passwordSignInRoles).toEqual(['provider']);
  });

  it('refuses half a configuration, and a map to a role staff cannot have', () => {
    expect(() => loadConfig({ OIDC_ISSUER_URL: 'https://login.example.org' })).toThrow(
      /OIDC_CLIENT_ID: required[\s\S]*OIDC_ROLE_MAP: required/,
    );
    expect(() => loadConfig({ OIDC_ROLE_MAP: 'suppliers=provider' })).toThrow(/OIDC_ROLE_MAP/);
  });
});
