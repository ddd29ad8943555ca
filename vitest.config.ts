import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'web/src/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['test/global-setup.ts'],
    pool: 'forks',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // expect.poll waits for something the app will show (a page loaded, a live event): Vitest's
    // 1 s default turned a busy moment on a two-core CI machine into a failure.
    expect: { poll: { timeout: 10_000 } },
    // Every file gets its own database; two cores run two files at a time.
    maxWorkers: 2,
    env: { TZ: 'UTC' },
  },
});
