import { createServer } from 'node:net';
import type { OxiosConfig } from '@oxios/kernel';
import { detectLocalServer } from '../backend/detect-local-server.js';
import { check, type Check } from './check.js';

function tryListen(host: string, port: number): Promise<NodeJS.ErrnoException | undefined> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', (error: NodeJS.ErrnoException) => {
      resolve(error);
    });
    server.listen(port, host, () => {
      server.close(() => {
        resolve(undefined);
      });
    });
  });
}

/** The configured address is free, or held by this OXIOS_HOME's own server. */
export async function checkPort(config: Pick<OxiosConfig, 'home' | 'server'>): Promise<Check> {
  const { host, port } = config.server;
  const address = `${host}:${port}`;
  const running = await detectLocalServer(config);
  if (running) return check('port', 'pass', `${address} is served by this OXIOS_HOME's server (pid ${running.pid})`);
  const error = await tryListen(host, port);
  if (error === undefined) return check('port', 'pass', `${address} is free`);
  if (error.code === 'EADDRINUSE') {
    return check(
      'port',
      'fail',
      `${address} is in use by another program`,
      `pick another port: \`oxios config set server.port ${port === 65_535 ? port - 1 : port + 1}\` (or OXIOS_PORT)`,
    );
  }
  return check(
    'port',
    'fail',
    `cannot listen on ${address}: ${error.code ?? error.message}`,
    'set [server] host to an address of this machine (`oxios config set server.host 127.0.0.1`)',
  );
}
