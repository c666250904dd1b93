// Serve the built Oxios dashboard from your own Node.js HTTP server (@oxios/server does this at `/`).
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join } from 'node:path';
import { dashboardRoot } from '@oxios/web';

const root = dashboardRoot();
const types: Record<string, string> = { '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml' };
const server = createServer((request, response) => {
  const path = new URL(request.url ?? '/', 'http://localhost').pathname;
  // Built files by name; any other page path gets index.html (the app routes in the browser).
  const file = join(root, path.startsWith('/assets/') || path === '/favicon.svg' ? path : 'index.html');
  try {
    const body = readFileSync(file);
    response.writeHead(200, { 'content-type': `${types[extname(file)] ?? 'text/html'}; charset=utf-8` }).end(body);
  } catch {
    response.writeHead(404).end();
  }
});
await once(server.listen(0, '127.0.0.1'), 'listening');
const { port } = server.address() as { port: number };
const page = await (await fetch(`http://127.0.0.1:${port}/approvals`)).text();
console.log(page.includes('<div id="app">') ? 'dashboard served' : 'dashboard missing');
server.close();
