import { defineConfig } from 'vite';

/**
 * The dashboard build: static files under dist/app that @oxios/server serves at `/`. Nothing is
 * inlined (the server's CSP allows no inline script or style) and every asset name is hashed.
 */
export default defineConfig({
  root: 'src/app',
  publicDir: '../../public',
  base: '/',
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    outDir: '../../dist/app',
    emptyOutDir: true,
    assetsDir: 'assets',
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    sourcemap: false,
    target: 'es2022',
    reportCompressedSize: true,
  },
  server: { proxy: { '/api': 'http://127.0.0.1:4200', '/health': 'http://127.0.0.1:4200' } },
});
