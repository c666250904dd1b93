import { Env, type Instruction } from 'dockerfile-ast';
import { execForm, parseDockerfile, stages } from './dockerfile.js';

/** What the Dockerfile says the runtime image looks like, read from its instructions. */
export interface ImageLayout {
  /** The build stage's `pnpm … deploy …` commands, each as argv. */
  readonly deployCommands: readonly (readonly string[])[];
  /** Folder the build stage deploys into and the runtime stage copies (`/opt/oxios`). */
  readonly deployRoot: string;
  /** `ln -s target link` pairs of the runtime stage. */
  readonly symlinks: readonly { readonly target: string; readonly link: string }[];
  readonly env: ReadonlyMap<string, string>;
  readonly user: string;
  readonly workdir: string;
  readonly volume: string;
  readonly cmd: readonly string[];
  readonly healthcheck: readonly string[];
}

const content = (instruction: Instruction) => (instruction.getArgumentsContent() ?? '').replace(/\\\r?\n/g, ' ');
const commands = (instruction: Instruction) =>
  content(instruction)
    .split('&&')
    .map((command) => command.trim().split(/\s+/));

/** Reads the layout of the runtime image from the repository's Dockerfile. */
export function imageLayout(): ImageLayout {
  const { dockerfile, args } = parseDockerfile();
  const [build, runtime] = stages(dockerfile, args);
  if (!build || !runtime) throw new Error('expected a build and a runtime stage');
  const runs = (instructions: readonly Instruction[]) =>
    instructions.filter((instruction) => instruction.getKeyword() === 'RUN').flatMap(commands);
  const only = (keyword: string) => {
    const found = runtime.instructions.filter((instruction) => instruction.getKeyword() === keyword);
    if (found.length !== 1 || !found[0]) throw new Error(`expected one ${keyword} in the runtime stage`);
    return found[0];
  };
  const copy = content(only('COPY')).split(/\s+/);
  const env = new Map(
    runtime.instructions
      .filter((instruction): instruction is Env => instruction instanceof Env)
      .flatMap((instruction) =>
        instruction.getProperties().map((property) => [property.getName(), property.getValue() ?? ''] as const),
      ),
  );
  return {
    deployCommands: runs(build.instructions).filter((argv) => argv[0] === 'pnpm' && argv.includes('deploy')),
    deployRoot: copy.at(-1) ?? '',
    symlinks: runs(runtime.instructions)
      .filter((argv) => argv[0] === 'ln' && argv[1] === '-s')
      .map((argv) => ({ target: argv[2] ?? '', link: argv[3] ?? '' })),
    env,
    user: content(only('USER')).trim(),
    workdir: content(only('WORKDIR')).trim(),
    volume: (JSON.parse(content(only('VOLUME'))) as string[])[0] ?? '',
    cmd: execForm(only('CMD')),
    healthcheck: execForm(only('HEALTHCHECK'), 'CMD'),
  };
}
