import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';

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
});
