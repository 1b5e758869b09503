/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** Where `npm run dev` forwards `/api` (the gateway); the built app is served by the gateway itself. */
const gateway = process.env.GATEWAY_URL ?? 'http://localhost:3100';

export default defineConfig({
  base: '/',
  plugins: [react()],
  // The portal imports only the dependency-free exports of libs/auth (`@ikiraro/auth/policy`, `/roles`), never
  // its index, which pulls server code.
  build: { outDir: 'dist', emptyOutDir: true },
  server: { proxy: { '/api': gateway } },
  // Unit tests are `*.test.ts(x)`: jest owns `*.spec.ts` across the repository.
  test: {
    environment: 'jsdom',
    include: ['{src,scripts}/**/*.test.{ts,tsx}'],
    restoreMocks: true,
    // Two cores shared with the rest of the suite: a limit against hangs, not a speed test.
    testTimeout: 60_000,
    setupFiles: ['src/testing/setup.ts'],
  },
});
