import { lstatSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { err, errAsync, ok, type Result } from 'neverthrow';
import { findAssetsDir } from '../content/find-assets-dir.js';
import { resolveUnderRoot } from '../content/resolve-under-root.js';
import type { ProgramsSection } from '../config/sections/programs.js';
import { ioError, notFound } from '../errors/constructors.js';
import type { KernelError } from '../errors/kernel-error.js';
import type { EventSink } from '../events/event-sink.js';
import { createHostToolProbe, type HostToolProbe } from '../exec/create-host-tool-probe.js';
import { noopLogger, type Logger } from '../logger/logger.js';
import type { SettingsRepository } from '../store/repositories/settings-repository.js';
import type { Store } from '../store/store.js';
import { createProgramInstaller, type InstalledProgram } from './install/create-program-installer.js';
import { loadInstalledPrograms, toProgram } from './load-installed-programs.js';
import type { ProgramEvent } from './program-events.js';
import { createProgramRepository } from './program-repository.js';
import { validateProgramName } from './program-name.js';
import { readProgramFolder } from './read-program-folder.js';
import { createToolDescriptor } from './tools/tool-descriptor.js';
import type { Program, ProgramInfo, ProgramManager } from './types.js';

/** Options of {@link createProgramManager}. */
export interface ProgramManagerOptions {
  /** OXIOS_HOME; programs live in `<home>/programs/<name>/`. */
  readonly home: string;
  readonly store: Store;
  readonly config: ProgramsSection;
  readonly settings: SettingsRepository;
  readonly bus?: EventSink<ProgramEvent>;
  readonly logger?: Logger;
  /** Probe for `[host_requirements]`; one is created when absent. */
  readonly probe?: HostToolProbe;
  /** Folder holding bundled programs; default the kernel's `assets/programs`. */
  readonly bundledDir?: string;
  /** Where git finds PATH, HOME and credentials. Default `process.env`. */
  readonly hostEnv?: Readonly<Record<string, string | undefined>>;
  readonly now?: () => number;
}

/** Settings key recording that the default programs were installed once. */
export const PROGRAM_DEFAULTS_SETTING = 'programs.defaults-installed';

function info(program: Program): ProgramInfo {
  const { manifest: _manifest, skill: _skill, ...rest } = program;
  return rest;
}

/**
 * Creates the program manager over `<home>/programs`. Leftovers of interrupted installs in
 * `programs/.staging` are removed first.
 */
export function createProgramManager(options: ProgramManagerOptions): Result<ProgramManager, KernelError> {
  const programsDir = join(options.home, 'programs');
  const stagingRoot = join(programsDir, '.staging');
  try {
    mkdirSync(programsDir, { recursive: true, mode: 0o700 });
    rmSync(stagingRoot, { recursive: true, force: true });
    mkdirSync(stagingRoot, { mode: 0o700 });
  } catch (cause) {
    return err(ioError('create', programsDir, cause));
  }
  const logger = (options.logger ?? noopLogger).child({ component: 'programs' });
  const repository = createProgramRepository(options.store, options.now);
  const now = options.now ?? Date.now;
  const probe = options.probe ?? createHostToolProbe({ logger });
  const bundledDir = options.bundledDir ?? join(findAssetsDir() ?? '', 'programs');
  const installer = createProgramInstaller({
    programsDir,
    stagingRoot,
    config: options.config,
    repository,
    bundledDir,
    logger,
    now,
    ...(options.bus ? { bus: options.bus } : {}),
    ...(options.hostEnv ? { hostEnv: options.hostEnv } : {}),
  });
  const installedInfo = (installed: InstalledProgram): ProgramInfo =>
    info(toProgram(installed.path, { manifest: installed.manifest, skill: '' }, installed.state));
  const folderOf = (name: string) =>
    validateProgramName(name)
      .andThen((valid) => resolveUnderRoot(programsDir, [valid]))
      .andThen((path) =>
        lstatSync(path, { throwIfNoEntry: false })?.isDirectory() === true ? ok(path) : err(notFound('program', name)),
      );
  const get = (name: string): Result<Program, KernelError> =>
    folderOf(name).andThen((path) =>
      readProgramFolder(path, name).andThen((folder) =>
        repository.all().map((states) => toProgram(path, folder, states.get(name))),
      ),
    );
  const enabled = () =>
    loadInstalledPrograms(programsDir, repository, logger).map((all) => all.filter((p) => p.enabled));

  const manager: ProgramManager = {
    list: () => loadInstalledPrograms(programsDir, repository, logger).map((all) => all.map(info)),
    get,
    install: (source, operation = {}) => installer.install(source, operation).map(installedInfo),
    uninstall(name) {
      return folderOf(name).andThen((path) => {
        const trash = join(stagingRoot, `${crypto.randomUUID()}-removed`);
        try {
          renameSync(path, trash);
          rmSync(trash, { recursive: true, force: true });
        } catch (cause) {
          return err(ioError('remove', path, cause));
        }
        options.bus?.publish({ type: 'program-uninstalled', name });
        return repository.remove(name);
      });
    },
    setEnabled(name, value) {
      return get(name).andThen((program) => {
        const state = {
          name,
          enabled: value,
          version: program.version,
          source: program.source,
          installedAt: program.installedAt,
        };
        return repository.put(state).map(() => {
          options.bus?.publish({ type: 'program-toggled', name, enabled: value });
          return info({ ...program, enabled: value });
        });
      });
    },
    checkHostRequirements(name, operation = {}) {
      const program = get(name);
      if (program.isErr()) return errAsync(program.error);
      const { required, optional } = program.value.manifest.host_requirements;
      return probe
        .probe({ required, optional, ...(operation.signal ? { signal: operation.signal } : {}) })
        .map((report) => ({ program: name, report }));
    },
    toolDescriptors: () =>
      enabled().map((programs) =>
        programs.flatMap((program) =>
          Object.entries(program.manifest.tools)
            .sort(([a], [b]) => a.localeCompare(b))
            .map(([tool, definition]) => createToolDescriptor(program.name, tool, definition, program.path)),
        ),
      ),
    mcpServers: () =>
      enabled().map((programs) =>
        programs.flatMap((program) =>
          program.manifest.mcp.map((server) => ({ program: program.name, path: program.path, server })),
        ),
      ),
    skillTexts: () =>
      enabled().map((programs) =>
        programs
          .filter((program) => program.skill !== '')
          .map((program) => ({ program: program.name, text: program.skill })),
      ),
    installDefaults() {
      return options.settings.get(PROGRAM_DEFAULTS_SETTING).andThen((done) => {
        if (done !== undefined) return ok([]);
        const installed: string[] = [];
        for (const name of options.config.defaults) {
          const result = installer.installBundled(name);
          if (result.isErr() && result.error.code !== 'already-exists') return err(result.error);
          if (result.isOk()) installed.push(name);
        }
        return options.settings.set(PROGRAM_DEFAULTS_SETTING, new Date(now()).toISOString()).map(() => installed);
      });
    },
  };
  return ok(manager);
}
