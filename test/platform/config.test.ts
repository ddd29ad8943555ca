import { describe, expect, it } from 'vitest';
import { describeSettings, loadConfig } from '../../src/platform/config.js';

describe('config', () => {
  it('has defaults that run the embedded database with a demo', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 3000, databaseUrl: undefined, demo: true, publicUrl: 'http://localhost:3000', cookieSecure: false });
    expect(config.dataDir).toMatch(/data$/);
  });

  it('turns the demo off by default on PostgreSQL and secures cookies behind https', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://u@db/meridian', MERIDIAN_PUBLIC_URL: 'https://help.shop.example/' });
    expect(config).toMatchObject({ demo: false, cookieSecure: true, publicUrl: 'https://help.shop.example' });
  });

  it('names every bad setting in one error', () => {
    expect(() => loadConfig({ PORT: 'x', LOG_LEVEL: 'loud', DATABASE_URL: 'not a url' })).toThrow(/PORT[\s\S]*DATABASE_URL[\s\S]*LOG_LEVEL/);
    expect(() => loadConfig({ MERIDIAN_ADMIN_EMAIL: 'a@b.test' })).toThrow(/must be set together/);
  });

  it('flags secrets so they are never printed', () => {
    const secret = describeSettings().filter((s) => s.secret).map((s) => s.name);
    expect(secret).toEqual(expect.arrayContaining(['DATABASE_URL', 'MERIDIAN_ADMIN_PASSWORD']));
  });
});
