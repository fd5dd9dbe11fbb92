import { defineConfig } from 'vitest/config';

const reportDir = process.env.VITEST_REPORT_DIR;

export default defineConfig({
  test: {
    include: ['src/**/*.spec.ts'],
    environment: 'node',
    // A machine-readable report only when the caller asks for one (VITEST_REPORT_DIR).
    reporters: reportDir ? ['default', 'json'] : ['default'],
    outputFile: { json: reportDir ? `${reportDir}/domain.json` : undefined },
  },
});
