import { readdirSync } from 'node:fs';
import { codeSnippets } from './markdown.js';
import { readRepoFile, repoPath } from './repo.js';
import { run } from './run.js';

/** One HTTP route: its method (undefined when the text names only the path) and its path. */
export interface RouteMention {
  readonly method: string | undefined;
  readonly path: string;
}

/** Top-level folders a guide names as files, never as routes. */
const FILESYSTEM_ROOTS = new Set([
  '/tmp',
  '/proc',
  '/home',
  '/root',
  '/run',
  '/var',
  '/etc',
  '/usr',
  '/opt',
  '/dev',
  '/sys',
]);

/** Routes the server defines (`method: 'GET', path: '/api/…'` in apps/server/src/routes). */
export function definedRoutes(): RouteMention[] {
  const folder = 'apps/server/src/routes';
  const routes: RouteMention[] = [];
  for (const file of readdirSync(repoPath(folder)).filter(
    (name) => name.endsWith('.ts') && !name.endsWith('.test.ts'),
  )) {
    const source = readRepoFile(`${folder}/${file}`);
    for (const match of source.matchAll(/method:\s*'([A-Z]+)',\s*path:\s*(['`])(\/[^'`]*)\2/g)) {
      if (match[1] && match[3]) routes.push({ method: match[1], path: match[3] });
    }
  }
  return routes;
}

/** A path with its placeholders (`:id`, `${…}`, `<id>`, `{id}`, `$id`) and a trailing `*` as wildcards. */
export function routePattern(path: string): RegExp {
  const segments = path.split('/').map((segment) => {
    if (segment === '*') return '.*';
    if (/^(:\w+|\$\{[^}]+\}|<[^>]+>|\{[^}]+\}|\$\w+)$/.test(segment)) return '[^/]+';
    if (/\$\{[^}]+\}/.test(segment))
      return segment
        .split(/\$\{[^}]+\}/)
        .map(escape)
        .join('[^/]+');
    return escape(segment);
  });
  return new RegExp(`^${segments.join('/')}$`);
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Every route a guide names: `GET /x` forms, `/api/…` paths and URLs on the Oxios origin, `/x` code spans. */
export function mentionedRoutes(markdown: string): RouteMention[] {
  const mentions: RouteMention[] = [];
  const trim = (path: string) => path.replace(/[.,;:]+$/, '').split('?')[0] ?? path;
  for (const match of markdown.matchAll(/\b(GET|POST|PUT|PATCH|DELETE)\s+(\/[^\s`'")]*)/g)) {
    if (match[1] && match[2]) mentions.push({ method: match[1], path: trim(match[2]) });
  }
  // `"$base/api/tokens"`: a shell variable holding the origin, then the path.
  const unprefixed = markdown.replace(/\$\{?[A-Za-z_]\w*\}?(?=\/api\/)/g, ' ');
  for (const match of unprefixed.matchAll(/(?<![\w/])(\/api\/[^\s`'")\]]*)/g)) {
    if (match[1]) mentions.push({ method: undefined, path: trim(match[1]) });
  }
  for (const match of markdown.matchAll(
    /https?:\/\/(?:127\.0\.0\.1|localhost|oxios\.example\.com)(?::\d+)?(\/[^\s`'")]*)/g,
  )) {
    if (match[1] && match[1] !== '/') mentions.push({ method: undefined, path: trim(match[1]) });
  }
  for (const snippet of codeSnippets(markdown)) {
    if (/^\/[a-z][a-z.]*$/.test(snippet) && !FILESYSTEM_ROOTS.has(snippet))
      mentions.push({ method: undefined, path: snippet });
  }
  return mentions;
}

/** `[section] key` pairs named in the code of a guide. */
export function mentionedConfigKeys(markdown: string): { section: string; key: string }[] {
  const keys: { section: string; key: string }[] = [];
  for (const snippet of codeSnippets(markdown)) {
    for (const match of snippet.matchAll(/\[([a-z_.]+)\]\s+(?:#[^\n]*\n\s*)*([a-z_]+)\b/g)) {
      if (match[1] && match[2]) keys.push({ section: match[1], key: match[2] });
    }
  }
  return keys;
}

/** Every key of every section of a commented TOML document, commented-out keys included. */
export function tomlKeys(toml: string): Map<string, Set<string>> {
  const keys = new Map<string, Set<string>>();
  let current: Set<string> | undefined;
  for (const line of toml.split('\n')) {
    const header = /^#?\s*\[([a-z_.]+)\]\s*$/.exec(line);
    if (header?.[1]) {
      current = keys.get(header[1]) ?? new Set();
      keys.set(header[1], current);
      continue;
    }
    const key = /^#?\s*([a-z_]+)\s*=/.exec(line)?.[1];
    if (key && current) current.add(key);
  }
  return keys;
}

/**
 * `oxios <command>` uses in the code of a guide. Skipped: shell comments, `oxios` as a user or
 * container name (`-u oxios …`, `exec oxios …`, `… oxios oxios <command>`), `oxios-server`.
 */
export function mentionedCommands(markdown: string): string[] {
  const commands = new Set<string>();
  for (const snippet of codeSnippets(markdown)) {
    const code = snippet.replace(/(^|\s)#.*$/gm, '$1');
    for (const match of code.matchAll(/(?<=^|[\s;&|(])oxios (?=([a-z][a-z-]*))/gm)) {
      const before = code.slice(0, match.index).trimEnd().split(/\s+/).at(-1) ?? '';
      const command = match[1] ?? '';
      if (command === 'oxios' || before === 'exec' || before.startsWith('-')) continue;
      commands.add(command);
    }
  }
  return [...commands].sort();
}

/** Top-level commands of the built `oxios` CLI, from the "Commands:" part of `oxios --help`. */
export function cliCommands(bin: string): string[] {
  const help = run(process.execPath, [bin, '--help']);
  if (help.status !== 0) throw new Error(`oxios --help failed: ${help.stderr}`);
  const listed = help.stdout.split(/^Commands:$/m)[1] ?? '';
  return [...listed.matchAll(/^ {2}([a-z][a-z-]*)/gm)].map((match) => match[1] ?? '');
}
