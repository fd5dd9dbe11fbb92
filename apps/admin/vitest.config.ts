import { defineConfig } from 'vitest/config';
import { defaultClientConditions } from 'vite';

const reportDir = process.env.VITEST_REPORT_DIR;

export default defineConfig({
  resolve: { conditions: ['source', ...defaultClientConditions] },
  test: {
    include: ['src/**/*.spec.ts', 'test/**/*.spec.ts'],
    environment: 'node',
    // the browser tests start the API (with its demo data) and Chromium: give them time (unit tests finish in ms)
    testTimeout: 120_000,
    hookTimeout: 240_000,
    // A machine-readable report only when the caller asks for one (VITEST_REPORT_DIR).
    reporters: reportDir ? ['default', 'json'] : ['default'],
    ...(reportDir ? { outputFile: { json: `${reportDir}/admin.json` } } : {}),
  },
});
