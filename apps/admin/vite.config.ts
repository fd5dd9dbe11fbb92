import { defineConfig, defaultClientConditions } from 'vite';
import react from '@vitejs/plugin-react';

// The domain package exports its TypeScript source under the `source` condition: the console
// bundles the domain from source, so it never needs the domain's compiled output.
export default defineConfig({
  plugins: [react()],
  resolve: { conditions: ['source', ...defaultClientConditions] },
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 3000 },
  server: {
    port: 5173,
    proxy: { '/graphql': 'http://localhost:4000', '/healthz': 'http://localhost:4000' },
  },
});
