import { defineConfig } from 'vitest/config';

// Two groups: fast unit tests run in parallel first; tests that start real OpenClaw gateways
// (`*.gateway.test.ts`, ~20 s and up to 1 GB each) run afterwards, two files at a time, so that no more
// than about four gateways are alive at once on a 2-core CI machine.
export default defineConfig({
  test: {
    setupFiles: ['test/setup.ts'],
    reporters: ['default', './test/helpers/summary-reporter.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: ['test/**/*.gateway.test.ts'],
          testTimeout: 30_000,
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: 'gateway',
          include: ['test/**/*.gateway.test.ts'],
          testTimeout: 180_000,
          hookTimeout: 240_000,
          maxWorkers: 2,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
