import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { COMPRESSIBLE, CONTENT_TYPES } from './content-types.js';

/** One file of the dashboard, held in memory with its headers. */
export interface DashboardFile {
  readonly body: Uint8Array<ArrayBuffer>;
  /** Gzip-compressed body, for text files. */
  readonly gzip?: Uint8Array<ArrayBuffer>;
  readonly contentType: string;
  readonly cacheControl: string;
}

/** The built dashboard: every file by URL path, and `index.html` for the SPA fallback. */
export interface Dashboard {
  readonly files: ReadonlyMap<string, DashboardFile>;
  readonly index: DashboardFile;
}

/** Hashed build output never changes under its name; the page itself must always be fresh. */
function cacheControlFor(urlPath: string): string {
  if (urlPath === '/index.html') return 'no-store';
  if (urlPath.startsWith('/assets/')) return 'public, max-age=31536000, immutable';
  return 'public, max-age=3600';
}

function listFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return listFiles(path);
    return entry.isFile() ? [path] : [];
  });
}

/**
 * Reads the built dashboard at `root` into memory (a few hundred kilobytes), so serving it is a
 * map lookup: no path from a request ever reaches the filesystem. Undefined when `root` holds no
 * `index.html` (the dashboard is not built). Files of unknown type are left out.
 */
export function loadDashboard(root: string): Dashboard | undefined {
  if (!existsSync(join(root, 'index.html')) || !statSync(root).isDirectory()) return undefined;
  const files = new Map<string, DashboardFile>();
  for (const path of listFiles(root)) {
    const contentType = CONTENT_TYPES[extname(path).toLowerCase()];
    if (contentType === undefined) continue;
    const urlPath = `/${relative(root, path).split(sep).join('/')}`;
    const body = new Uint8Array(readFileSync(path));
    const compress = COMPRESSIBLE.test(contentType) && body.length > 512;
    files.set(urlPath, {
      body,
      ...(compress ? { gzip: new Uint8Array(gzipSync(body, { level: 9 })) } : {}),
      contentType,
      cacheControl: cacheControlFor(urlPath),
    });
  }
  const index = files.get('/index.html');
  return index === undefined ? undefined : { files, index };
}
