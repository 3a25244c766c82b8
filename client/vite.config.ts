import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The API serves the built client from client/dist; in development Vite proxies the API.
const api = 'http://127.0.0.1:4000';

export default defineConfig({
  plugins: [react()],
  // Each feature's *.module.css: `.child-card` is read as `styles.childCard` (see test/unit/client-stylesheets.test.ts).
  css: { modules: { localsConvention: 'dashesOnly' } },
  // The shared rules package is bundled from its TypeScript source (no build step needed for it).
  resolve: { alias: { '@opspor/contract': fileURLToPath(new URL('../packages/contract/src/index.ts', import.meta.url)) } },
  server: { host: '127.0.0.1', port: 5173, proxy: { '/graphql': api, '/health': api, '/api': api } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: 'hidden', // maps for debugging, never linked from the served files (the API does not serve .map in production)
    chunkSizeWarningLimit: 1500,
    manifest: true, // scripts/bundle-budget.mjs reads what the sign-in page loads from it
  },
});
