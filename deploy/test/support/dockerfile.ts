import { DockerfileParser, type Dockerfile, type Instruction } from 'dockerfile-ast';
import { readRepoFile } from './repo.js';

/** One build stage: its FROM image (ARGs expanded), its name and its instructions. */
export interface Stage {
  readonly image: string;
  readonly name: string | undefined;
  readonly instructions: readonly Instruction[];
}

/** The parsed Dockerfile at the repository root. */
export function parseDockerfile(): { text: string; dockerfile: Dockerfile; args: Map<string, string> } {
  const text = readRepoFile('Dockerfile');
  const dockerfile = DockerfileParser.parse(text);
  const args = new Map<string, string>();
  for (const arg of dockerfile.getInitialARGs()) {
    const property = arg.getProperty();
    const value = property?.getValue();
    if (property && value !== null && value !== undefined) args.set(property.getName(), value);
  }
  return { text, dockerfile, args };
}

/** Replaces `${NAME}` and `$NAME` with the ARG defaults declared before the first FROM. */
export function expandArgs(value: string, args: ReadonlyMap<string, string>): string {
  return value.replace(/\$\{(\w+)\}|\$(\w+)/g, (whole, braced?: string, bare?: string) => {
    const name = braced ?? bare ?? '';
    return args.get(name) ?? whole;
  });
}

/** Splits the instructions into build stages. */
export function stages(dockerfile: Dockerfile, args: ReadonlyMap<string, string>): Stage[] {
  const result: { image: string; name: string | undefined; instructions: Instruction[] }[] = [];
  for (const instruction of dockerfile.getInstructions()) {
    if (instruction.getKeyword() === 'FROM') {
      const from = dockerfile
        .getFROMs()
        .find((candidate) => candidate.getRange().start.line === instruction.getRange().start.line);
      result.push({
        image: expandArgs(from?.getImage() ?? '', args),
        name: from?.getBuildStage() ?? undefined,
        instructions: [],
      });
    } else {
      result.at(-1)?.instructions.push(instruction);
    }
  }
  return result;
}

/** The JSON (exec form) array after a keyword such as CMD in an instruction's arguments. */
export function execForm(instruction: Instruction, after = ''): string[] {
  const content = instruction.getArgumentsContent() ?? '';
  const start = content.indexOf('[', after ? content.indexOf(after) : 0);
  const parsed: unknown = JSON.parse(content.slice(start));
  if (!Array.isArray(parsed) || !parsed.every((item) => typeof item === 'string')) {
    throw new Error(`not an exec-form array: ${content}`);
  }
  return parsed;
}
