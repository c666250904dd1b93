/** @oxios/testkit — helpers for testing Oxios with real files, processes and sockets. */
export { createTempHome, type TempHome } from './temp-home.js';
export { runBin, type BinOptions, type BinResult } from './run-bin.js';
export { startBin, type RunningBin } from './start-bin.js';
export { getFreePort } from './free-port.js';
export {
  createFakeContainer,
  FAKE_CONTAINER_BINARY,
  type FakeContainer,
  type FakeContainerOptions,
} from './fake-container/create-fake-container.js';
export type { FakeContainerRecord, FakeState } from './fake-container/state.js';
