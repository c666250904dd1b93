import { fileURLToPath } from 'node:url';

/**
 * Absolute path of the built dashboard: `index.html` plus hashed files under `assets/`. Serve it
 * as static files with an SPA fallback to `index.html` (what `@oxios/server` does at `/`).
 */
export function dashboardRoot(): string {
  // Built to dist/index.js, beside dist/app/.
  return fileURLToPath(new URL('./app/', import.meta.url));
}
