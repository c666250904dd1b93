// Program sources for the browser tests: a tarball served over loopback HTTP, as a release
// download would be, and a git repository on the server's machine.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

/** The served tarball's URL; closes the server on dispose. */
export interface ServedProgram extends AsyncDisposable {
  readonly url: string;
}

/** Writes a one-tool program named `name` (program.toml and SKILL.md) into `scratch/name`. */
function writeProgram(scratch: string, name: string): string {
  const folder = join(scratch, name);
  mkdirSync(folder, { recursive: true });
  writeFileSync(
    join(folder, 'program.toml'),
    `[program]\nname = "${name}"\nversion = "1.0.0"\ndescription = "Says things back"\nauthor = "e2e"\n\n` +
      `[tools.echo]\ndescription = "Echo a text"\ncommand = ["echo", "--", "{text}"]\n` +
      `arguments = [{ name = "text", description = "What to echo" }]\n`,
  );
  writeFileSync(
    join(folder, 'SKILL.md'),
    `---\nname: ${name}\ndescription: echo\n---\n\nUse ${name} to repeat a text.\n`,
  );
  return folder;
}

/** A committed git repository holding the program `name`; returns its absolute path. */
export function commitProgramRepository(scratch: string, name: string): string {
  const folder = writeProgram(scratch, name);
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=e2e', '-c', 'user.email=e2e@localhost', ...args], { cwd: folder });
  git('init', '--quiet', '--initial-branch=main');
  git('add', 'program.toml', 'SKILL.md');
  git('commit', '--quiet', '-m', 'program');
  return folder;
}

/** Packs a one-tool program named `name` under `scratch` and serves it on 127.0.0.1. */
export async function serveProgramTarball(scratch: string, name: string): Promise<ServedProgram> {
  const folder = writeProgram(scratch, name);
  const tarball = join(scratch, `${name}.tgz`);
  execFileSync('tar', ['-czf', tarball, '-C', folder, 'program.toml', 'SKILL.md']);
  const body = readFileSync(tarball);
  const server = createServer((request, response) => {
    if (request.url === `/${name}.tgz`) response.writeHead(200, { 'content-type': 'application/gzip' }).end(body);
    else response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/${name}.tgz`,
    async [Symbol.asyncDispose]() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
