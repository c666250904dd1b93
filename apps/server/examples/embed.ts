// Serve the Oxios HTTP app inside your own process.
import { noopLogger } from '@oxios/kernel';
import { createServerApp, listen } from '@oxios/server';

const app = createServerApp({ version: 'dev', logger: noopLogger });
const server = await listen(app, { host: '127.0.0.1', port: 4200 });
if (server.isErr()) throw new Error(server.error.message); // code: 'port-in-use' | 'listen-failed'
console.log(await (await fetch(`${server.value.url}/health`)).json());
await server.value.close();
