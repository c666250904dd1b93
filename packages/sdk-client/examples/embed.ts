// Talk to a running Oxios server with the typed client.
import { createOxiosClient, subscribe } from '@oxios/sdk-client';

const baseUrl = process.env.OXIOS_SERVER ?? 'http://127.0.0.1:4200';
const client = createOxiosClient({ baseUrl, token: process.env.OXIOS_TOKEN ?? '' });

const status = await client.status();
if (status.isErr()) {
  // A typed error: `http` (with the server's errorCode), `network`, `timeout`, `aborted`, `invalid-response`.
  const error = status.error;
  console.error(error.code === 'http' ? `${error.status} ${error.errorCode}: ${error.message}` : error.message);
  process.exit(1);
}
console.log(`Oxios ${status.value.version}, up ${status.value.uptimeSeconds} s`);

// Live events, resumed with Last-Event-ID after a drop; stop after five seconds.
for await (const event of subscribe(
  { baseUrl, token: process.env.OXIOS_TOKEN ?? '' },
  { signal: AbortSignal.timeout(5000) },
)) {
  console.log(event.id, event.event, event.data);
}
