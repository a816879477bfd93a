import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// `npm run dev` serves the app with hot reload and forwards the API's paths to a
// running system (the README's run command), so the browser sees one origin as in
// production and no CORS is needed.
const api = process.env.CAREERVAULT_API_URL ?? 'http://localhost:8000';
const apiPaths = ['/api', '/auth', '/health', '/v3', '/swagger-ui', '/actuator'];
// The emailed links' pages are the app's (a GET changes nothing); of them only
// `POST /unsubscribe` (the page's button, a mail provider's one-click) is the API's.
// `/verify-email`, `/reset-password` and `/forgot-password` are never forwarded
// (their API operations live under `/auth`).
const postOnly = ['/unsubscribe'];

export default defineConfig({
  plugins: [react()],
  server: {
    port: 5173,
    proxy: {
      ...Object.fromEntries(apiPaths.map((path) => [path, { target: api, changeOrigin: false }])),
      ...Object.fromEntries(
        postOnly.map((path) => [
          // the path itself and its query, not `/unsubscribe-something` (keys starting with ^ are regular expressions)
          `^${path}(\\?.*)?$`,
          // any other method (the page's GET) is served by Vite: returning the URL bypasses the proxy
          { target: api, changeOrigin: false, bypass: (req: { method?: string; url?: string }) => (req.method === 'POST' ? undefined : req.url) },
        ]),
      ),
    },
  },
  build: {
    // Maven builds straight into the jar's classpath folder; `npm run build` alone into dist/
    outDir: process.env.CAREERVAULT_WEB_OUT_DIR ?? 'dist',
    emptyOutDir: true,
    assetsDir: 'assets',
    // every script is an external, hashed file: the served Content-Security-Policy allows no inline script
    modulePreload: { polyfill: false },
    reportCompressedSize: true,
    chunkSizeWarningLimit: 600,
  },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
    environment: 'node',
  },
});
