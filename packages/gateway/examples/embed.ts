// Embed the Oxios gateway: route web requests to a handler and await each correlated reply.
import { okAsync } from 'neverthrow';
import { createGateway, createWebChannel, type MessageHandler } from '@oxios/gateway';

const handler: MessageHandler = {
  handle(message, { emit }) {
    emit({ content: { type: 'text', text: 'thinking' } }); // a streamed partial
    return okAsync({ content: { type: 'text', text: `echo: ${message.text}` } });
  },
};
const gateway = createGateway({ handler, maxConcurrent: 4, maxQueuedPerSession: 8 });
const web = createWebChannel();
await gateway.register(web);

const partials: number[] = [];
const reply = await web.request(
  { sender: { id: 'alice' }, sessionId: 'demo', text: 'hello' },
  { timeoutMs: 5_000, onPartial: (partial) => partials.push(partial.sequence) },
);
console.log(`partials: ${partials.join(',')}`);
if (reply.isOk()) console.log(`to ${reply.value.recipient.id}: ${JSON.stringify(reply.value.content)}`);
else console.error(`${reply.error.code}: ${reply.error.message}`); // overloaded, timeout, handler-failed …
console.log(JSON.stringify(await gateway.stop()));
