import type { OxiosConfig } from '@oxios/kernel';

/** Where a server started with `config` can be reached from this machine. */
export function localServerUrl(config: Pick<OxiosConfig, 'server'>): string {
  const { host, port, tls_cert: cert, tls_key: key } = config.server;
  // A wildcard bind is reached over loopback.
  const reachable = host === '0.0.0.0' ? '127.0.0.1' : host === '::' ? '::1' : host;
  const scheme = cert !== undefined && key !== undefined ? 'https' : 'http';
  return `${scheme}://${reachable.includes(':') ? `[${reachable}]` : reachable}:${port}`;
}
