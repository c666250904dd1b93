// The baseline for bench:http: a bare Hono hello-world on @hono/node-server, in its own process
// like the Oxios server. Prints `listening on <port>` once it accepts connections.
import { serve } from '@hono/node-server';
import { Hono } from 'hono';

const app = new Hono();
app.get('/', (context) => context.text('Hello Hono!'));
const server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, (info) => {
  process.stdout.write(`listening on ${String(info.port)}\n`);
});
process.on('SIGTERM', () => {
  server.close();
});
