import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

const env = {
  LOG_LEVEL: process.env.LOG_LEVEL ?? 'fatal',
  PAYLOAD_SECRET: 'vetted-test-secret-that-is-long-enough-0123456789',
  // Tests never count in a developer's Redis: those about Redis start a redis-server of their own.
  REDIS_URL: '',
  RUN_JOBS: 'false',
}

export default defineConfig({
  // The tsconfig path alias: '@/…' is src/.
  resolve: { alias: [{ find: /^@\//, replacement: fileURLToPath(new URL('./src/', import.meta.url)) }] },
  test: {
    hookTimeout: 180_000,
    maxWorkers: 2,
    pool: 'forks',
    projects: [
      {
        extends: true,
        test: {
          env,
          fileParallelism: true,
          include: ['tests/unit/**/*.test.ts', 'tests/int/**/*.test.ts'],
          name: 'unit-int',
          sequence: { groupOrder: 0 },
        },
      },
      {
        // Browser journeys share one production server (globalSetup), and run one at a time, after the rest, so they
        // neither collide in the shared admin nor compete with the integration suites for the two cores.
        extends: true,
        test: {
          env,
          fileParallelism: false,
          globalSetup: ['tests/e2e/globalSetup.ts'],
          include: ['tests/e2e/**/*.e2e.test.ts'],
          name: 'e2e',
          sequence: { groupOrder: 1 },
        },
      },
    ],
    testTimeout: 60_000,
  },
})
