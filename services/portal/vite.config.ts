import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** Where `npm run dev` forwards `/api` (the gateway); the built app is served by the gateway itself. */
const gateway = process.env.GATEWAY_URL ?? 'http://localhost:3100';

export default defineConfig({
  base: '/',
  plugins: [react()],
  resolve: {
    // `@ikiraro/auth/policy` is a package export of libs/auth; roles.ts is not (yet), and index.ts pulls server code.
    alias: {
      '@ikiraro/auth/roles': fileURLToPath(new URL('../../libs/auth/src/roles.ts', import.meta.url)),
    },
  },
  build: { outDir: 'dist', emptyOutDir: true },
  server: { proxy: { '/api': gateway } },
});
