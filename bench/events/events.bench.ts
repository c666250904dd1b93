// Event bus publish throughput with subscribers attached, against node:events EventEmitter with
// the same number of listeners — the cheapest in-process fan-out Node.js offers. The Oxios bus
// does more per publish (sequence id, timestamp, history ring, bounded per-subscriber queues),
// so the ratio shows what that bookkeeping costs.
import { EventEmitter } from 'node:events';
import { createEventBus } from '@oxios/kernel';
import { formatRate, report, throughput, verdict } from '../lib/measure.ts';

type TickEvent = { type: 'tick'; n: number };
const SUBSCRIBERS = 8;
const ITERATIONS = 50_000;

function emitterRate(): number {
  const emitter = new EventEmitter();
  let sink = 0;
  for (let index = 0; index < SUBSCRIBERS; index += 1) {
    emitter.on('tick', (event: TickEvent) => {
      sink += event.n;
    });
  }
  const rate = throughput((iterations) => {
    for (let n = 0; n < iterations; n += 1) emitter.emit('tick', { type: 'tick', n });
  }, ITERATIONS);
  if (sink < 0) throw new Error('unreachable');
  return rate;
}

function busRate(): number {
  const bus = createEventBus<TickEvent>({ subscriberBuffer: 1024, history: 1024 });
  const subscriptions = Array.from({ length: SUBSCRIBERS }, () => bus.subscribe());
  let drained = 0;
  const rate = throughput((iterations) => {
    for (let n = 0; n < iterations; n += 1) bus.publish({ type: 'tick', n });
    // Subscribers drain what they can, as a consumer keeping up would.
    for (const subscription of subscriptions) while (subscription.take() !== undefined) drained += 1;
  }, ITERATIONS);
  bus.close();
  if (drained === 0) throw new Error('subscribers received nothing');
  return rate;
}

const baseline = emitterRate();
const oxios = busRate();
report(`node:events emit, ${SUBSCRIBERS} listeners (baseline)`, formatRate(baseline));
report(`oxios EventBus publish, ${SUBSCRIBERS} subscriptions`, formatRate(oxios));
report('oxios / baseline', verdict(oxios / baseline, '≥ 0.5×', oxios / baseline >= 0.5));
