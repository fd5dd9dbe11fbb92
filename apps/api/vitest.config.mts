import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const reportDir = process.env.VITEST_REPORT_DIR;
const require = createRequire(import.meta.url);

export default defineConfig({
  // Tests run the domain package from its TypeScript source (no build step in between).
  // `graphql` is pinned to the one copy Node loads for type-graphql and Apollo (else two copies
  // of its classes meet and `instanceof` fails).
  resolve: {
    alias: [
      { find: '@liangwei/domain', replacement: fileURLToPath(new URL('../../packages/domain/src/index.ts', import.meta.url)) },
      { find: /^graphql$/, replacement: require.resolve('graphql') },
    ],
  },
  test: {
    include: ['src/**/*.spec.ts', 'test/**/*.spec.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    maxWorkers: 2,
    env: { NODE_ENV: 'test', PASSWORD_HASH_COST: '12' },
    reporters: reportDir ? ['default', 'json'] : ['default'],
    outputFile: reportDir ? { json: `${reportDir}/api.json` } : undefined,
  },
});
