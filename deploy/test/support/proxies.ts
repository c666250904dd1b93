import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { getFreePort } from '@oxios/testkit';
import { get, type RequestOptions } from './http.js';
import { readRepoFile } from './repo.js';
import { run } from './run.js';

/** The upstream address every example config proxies to. */
export const EXAMPLE_UPSTREAM = '127.0.0.1:4200';
/** The placeholder domain of the example configs. */
export const EXAMPLE_DOMAIN = 'oxios.example.com';

/** A reverse proxy under test, in front of a test server. */
export interface RunningProxy extends AsyncDisposable {
  /** Base URL clients use. */
  readonly url: string;
  /** Request options every client request through it needs (trusted CA, TLS server name). */
  readonly client: RequestOptions;
  output(): string;
}

function replaceExactlyOnce(text: string, search: string, replacement: string): string {
  const parts = text.split(search);
  if (parts.length !== 2) throw new Error(`expected "${search}" exactly once, found ${parts.length - 1}`);
  return parts.join(replacement);
}

function spawnProxy(command: string, args: readonly string[], env: NodeJS.ProcessEnv) {
  const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  return { child, output: () => output };
}

async function waitUntilServing(url: string, client: RequestOptions, child: ChildProcess, output: () => string) {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`proxy exited with ${child.exitCode}:\n${output()}`);
    const response = await get(`${url}/health`, client).catch(() => undefined);
    if (response?.status === 200) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`proxy not serving ${url}/health within 15 s:\n${output()}`);
}

async function stopProxy(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

/**
 * deploy/caddy/Caddyfile with only what a test machine needs changed: plain HTTP on a free
 * loopback port instead of the domain (no certificates to obtain), no admin endpoint, a shorter
 * grace period, and the test server as upstream. Every handler is the file's own.
 */
export function caddyfileForTest(listenPort: number, upstreamPort: number): string {
  const original = readRepoFile('deploy/caddy/Caddyfile');
  let config = replaceExactlyOnce(original, `${EXAMPLE_DOMAIN} {`, `http://127.0.0.1:${listenPort} {`);
  config = replaceExactlyOnce(config, '\tgrace_period 10s\n', '\tadmin off\n\tgrace_period 2s\n');
  return config.replaceAll(EXAMPLE_UPSTREAM, `127.0.0.1:${upstreamPort}`);
}

/** Runs Caddy with {@link caddyfileForTest}. */
export async function startCaddy(scratch: string, upstreamPort: number): Promise<RunningProxy> {
  const port = await getFreePort();
  const config = join(scratch, 'Caddyfile');
  writeFileSync(config, caddyfileForTest(port, upstreamPort));
  const env = { PATH: process.env.PATH ?? '', HOME: scratch, XDG_DATA_HOME: scratch, XDG_CONFIG_HOME: scratch };
  const { child, output } = spawnProxy('caddy', ['run', '--adapter', 'caddyfile', '--config', config], env);
  const url = `http://127.0.0.1:${port}`;
  await waitUntilServing(url, {}, child, output).catch(async (error: unknown) => {
    await stopProxy(child);
    throw error;
  });
  return { url, client: {}, output, [Symbol.asyncDispose]: () => stopProxy(child) };
}

/** A self-signed certificate for the example domain (openssl), as PEM files in `folder`. */
export function selfSignedCertificate(folder: string): { cert: string; key: string } {
  const cert = join(folder, 'cert.pem');
  const key = join(folder, 'key.pem');
  const result = run('openssl', [
    'req',
    '-x509',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-days',
    '1',
    '-keyout',
    key,
    '-out',
    cert,
    '-subj',
    `/CN=${EXAMPLE_DOMAIN}`,
    '-addext',
    `subjectAltName=DNS:${EXAMPLE_DOMAIN}`,
  ]);
  if (result.status !== 0) throw new Error(`openssl failed: ${result.stderr}`);
  return { cert, key };
}

/**
 * deploy/nginx/oxios.conf for a test machine: loopback ports instead of 80/443 (IPv6 listens
 * dropped), a self-signed certificate, the test server as upstream; wrapped in a minimal
 * nginx.conf whose pid, logs and temp files stay in `scratch`.
 */
export function nginxConfForTest(scratch: string, ports: { https: number; http: number; upstream: number }): string {
  const { cert, key } = selfSignedCertificate(scratch);
  let site = readRepoFile('deploy/nginx/oxios.conf');
  site = replaceExactlyOnce(site, '    listen 443 ssl http2;\n', `    listen 127.0.0.1:${ports.https} ssl http2;\n`);
  site = replaceExactlyOnce(site, '    listen [::]:443 ssl http2;\n', '');
  site = replaceExactlyOnce(site, '    listen 80;\n', `    listen 127.0.0.1:${ports.http};\n`);
  site = replaceExactlyOnce(site, '    listen [::]:80;\n', '');
  site = replaceExactlyOnce(site, `/etc/letsencrypt/live/${EXAMPLE_DOMAIN}/fullchain.pem`, cert);
  site = replaceExactlyOnce(site, `/etc/letsencrypt/live/${EXAMPLE_DOMAIN}/privkey.pem`, key);
  site = replaceExactlyOnce(site, `server ${EXAMPLE_UPSTREAM};`, `server 127.0.0.1:${ports.upstream};`);
  const temp = join(scratch, 'temp');
  mkdirSync(temp, { recursive: true });
  writeFileSync(join(scratch, 'site.conf'), site);
  return [
    `pid ${join(scratch, 'nginx.pid')};`,
    `error_log ${join(scratch, 'error.log')};`,
    'events {}',
    'http {',
    '  access_log off;',
    `  client_body_temp_path ${join(temp, 'body')};`,
    `  proxy_temp_path ${join(temp, 'proxy')};`,
    `  fastcgi_temp_path ${join(temp, 'fastcgi')};`,
    `  uwsgi_temp_path ${join(temp, 'uwsgi')};`,
    `  scgi_temp_path ${join(temp, 'scgi')};`,
    `  include ${join(scratch, 'site.conf')};`,
    '}',
    '',
  ].join('\n');
}

/** Runs nginx in the foreground with {@link nginxConfForTest}. */
export async function startNginx(scratch: string, upstreamPort: number): Promise<RunningProxy> {
  const ports = { https: await getFreePort(), http: await getFreePort(), upstream: upstreamPort };
  const config = join(scratch, 'nginx.conf');
  writeFileSync(config, nginxConfForTest(scratch, ports));
  const { child, output } = spawnProxy('nginx', ['-p', scratch, '-c', config, '-g', 'daemon off;'], process.env);
  const client: RequestOptions = { ca: readFileSync(join(scratch, 'cert.pem'), 'utf8'), servername: EXAMPLE_DOMAIN };
  const url = `https://127.0.0.1:${ports.https}`;
  await waitUntilServing(url, client, child, output).catch(async (error: unknown) => {
    await stopProxy(child);
    throw error;
  });
  return { url, client, output, [Symbol.asyncDispose]: () => stopProxy(child) };
}
