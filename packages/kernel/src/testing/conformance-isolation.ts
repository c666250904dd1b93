import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { access, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { skipReason, type ConformanceCase, type ConformanceTarget } from './conformance-target.js';
import { withSandbox } from './sandbox-fixture.js';

const exists = (path: string) =>
  access(path).then(
    () => true,
    () => false,
  );

async function listen(): Promise<{ server: Server; port: number; connections: () => number }> {
  let connections = 0;
  const server = createServer((socket) => {
    connections += 1;
    socket.destroy();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  assert.ok(address !== null && typeof address === 'object');
  return { server, port: address.port, connections: () => connections };
}

// bash's /dev/tcp opens a TCP connection without needing curl or nc in the image.
const connect = (port: number) => ['bash', '-c', 'exec 3<>"/dev/tcp/$0/$1"', '127.0.0.1', String(port)];

/** Filesystem, network and environment isolation — each only where the probe claims it. */
export function isolationCases(target: ConformanceTarget): ConformanceCase[] {
  const timeoutMs = 30_000;
  return [
    {
      name: 'writes outside the workspace fail and never reach the host',
      skip: skipReason(target, 'readOnlyRoot'),
      timeoutMs,
      run: () =>
        withSandbox(target, {}, async (sandbox) => {
          for (const path of ['/etc', '/usr', '']) {
            const file = `${path}/oxios-conformance-${randomUUID()}`;
            const result = await sandbox.exec(['sh', '-c', 'echo escaped > "$1"', 'sh', file]);
            assert.notEqual(result.exitCode, 0, `writing ${file} succeeded`);
            assert.equal(await exists(file), false, `${file} appeared on the host`);
          }
        }),
    },
    {
      name: '/tmp is private to the sandbox',
      skip: skipReason(target, 'privateTmp'),
      timeoutMs,
      run: () =>
        withSandbox(target, {}, async (sandbox) => {
          const file = `/tmp/oxios-conformance-${randomUUID()}`;
          assert.equal((await sandbox.exec(['sh', '-c', 'echo private > "$1"', 'sh', file])).exitCode, 0);
          assert.equal(await exists(file), false);
        }),
    },
    {
      name: 'host files outside the workspace cannot be read',
      skip: skipReason(target, 'filesystemIsolation'),
      timeoutMs,
      run: async () => {
        const secrets = await mkdtemp(join(target.scratch, 'secret-'));
        const secret = join(secrets, 'token.txt');
        await writeFile(secret, 'conformance-secret', { mode: 0o600 });
        try {
          await withSandbox(target, {}, async (sandbox) => {
            const result = await sandbox.exec(['cat', secret]);
            assert.notEqual(result.exitCode, 0);
            assert.ok(!result.stdout.includes('conformance-secret'));
          });
        } finally {
          await rm(secrets, { recursive: true, force: true });
        }
      },
    },
    {
      name: 'network connections fail when the container has no network',
      skip: skipReason(target, 'networkIsolation'),
      timeoutMs,
      run: async () => {
        const { server, port, connections } = await listen();
        try {
          await withSandbox(target, { network: false }, async (sandbox) => {
            const result = await sandbox.exec(connect(port));
            assert.notEqual(result.exitCode, 0, 'connected to the host without network');
            assert.equal(connections(), 0);
          });
          // Positive control: the same probe connects when network is on, so the check above is not vacuous.
          if (target.probe.isolation === 'namespace') {
            await withSandbox(target, { network: true }, async (sandbox) => {
              assert.equal(
                (await sandbox.exec(connect(port))).exitCode,
                0,
                'the connect probe fails even with network',
              );
            });
          }
        } finally {
          server.close();
        }
      },
    },
    {
      name: 'the environment holds only what was passed',
      skip: skipReason(target, 'cleanEnvironment'),
      timeoutMs,
      run: async () => {
        const leak = `OXIOS_CONFORMANCE_LEAK_${process.pid}`;
        process.env[leak] = 'host-secret';
        try {
          await withSandbox(target, { env: { FROM_CONTAINER: 'c' } }, async (sandbox) => {
            const result = await sandbox.exec(['env'], { env: { FROM_EXEC: 'e' } });
            const names = result.stdout
              .split('\n')
              .filter(Boolean)
              .map((line) => line.slice(0, line.indexOf('=')));
            const allowed = new Set(['PATH', 'HOME', 'PWD', 'FROM_CONTAINER', 'FROM_EXEC']);
            assert.deepEqual(
              names.filter((name) => !allowed.has(name)),
              [],
            );
            assert.ok(names.includes('FROM_CONTAINER') && names.includes('FROM_EXEC'));
            assert.ok(!result.stdout.includes('host-secret'));
          });
        } finally {
          Reflect.deleteProperty(process.env, leak);
        }
      },
    },
  ];
}
