import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    env: {
      LOG_LEVEL: process.env.LOG_LEVEL ?? 'fatal',
      PAYLOAD_SECRET: 'vetted-test-secret-that-is-long-enough-0123456789',
      RUN_JOBS: 'false',
    },
    fileParallelism: true,
    hookTimeout: 180_000,
    include: ['tests/unit/**/*.test.ts', 'tests/int/**/*.test.ts', 'tests/e2e/**/*.e2e.test.ts'],
    maxWorkers: 2,
    pool: 'forks',
    testTimeout: 60_000,
  },
})
