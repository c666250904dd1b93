import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { TestServer } from './helpers.js';

/** A JSON request body with its content type. */
export const json = (body: unknown) => ({
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});

/** A token for `name` holding `role`, with the access manager's role assigned too. */
export function tokenFor(server: TestServer, name: string, role: 'user' | 'superuser' | 'admin'): string {
  if (role !== 'user') server.kernel.access.assignRole(`user:${name}`, role, { by: 'system' })._unsafeUnwrap();
  return server.tokens.create({ name, userName: name, role })._unsafeUnwrap().token;
}

/** Serves a program as `/<name>.tgz` from 127.0.0.1 (plain http is allowed only from loopback). */
export async function serveProgramTarball(
  scratch: string,
  name: string,
): Promise<{ url: string; server: Server } & AsyncDisposable> {
  const folder = join(scratch, name);
  mkdirSync(folder, { recursive: true });
  writeFileSync(
    join(folder, 'program.toml'),
    `[program]\nname = "${name}"\nversion = "1.0.0"\ndescription = "A served program"\nauthor = "tests"\n\n` +
      `[tools.echo]\ndescription = "Echo a text"\ncommand = ["echo", "--", "{text}"]\n` +
      `arguments = [{ name = "text", description = "What to echo" }]\n`,
  );
  writeFileSync(join(folder, 'SKILL.md'), `---\nname: ${name}\ndescription: test\n---\n\nUse ${name} wisely.\n`);
  const tarball = join(scratch, `${name}.tgz`);
  execFileSync('tar', ['-czf', tarball, '-C', folder, 'program.toml', 'SKILL.md']);
  const body = readFileSync(tarball);
  const server = createServer((request, response) => {
    if (request.url === `/${name}.tgz`) response.writeHead(200).end(body);
    else response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/${name}.tgz`,
    server,
    async [Symbol.asyncDispose]() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
