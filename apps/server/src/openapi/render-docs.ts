import type { AnyRoute } from '../http/define-route.js';

const escape = (text: string) => text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

/**
 * A plain HTML reference of every route (no script, no inline style: it renders under the
 * server's CSP). The full contract is at /openapi.json.
 */
export function renderDocs(routes: readonly AnyRoute[], version: string): string {
  const rows = routes
    .map(
      (route) =>
        `<tr><td><code>${route.method}</code></td><td><code>${escape(route.path)}</code></td><td>${route.access}</td><td>${escape(route.summary)}</td></tr>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Oxios API ${escape(version)}</title></head>
<body><main>
<h1>Oxios API ${escape(version)}</h1>
<p>Authenticate with <code>Authorization: Bearer &lt;token&gt;</code>. Errors are <code>{"error":{"code","message","details?"}}</code>.
The machine-readable contract is <a href="/openapi.json">/openapi.json</a> (OpenAPI 3.1).</p>
<table><thead><tr><th>Method</th><th>Path</th><th>Access</th><th>Summary</th></tr></thead>
<tbody>
${rows}
</tbody></table>
</main></body></html>
`;
}
