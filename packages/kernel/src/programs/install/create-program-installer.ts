import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { err, errAsync, ok, okAsync, ResultAsync, type Result } from 'neverthrow';
import type { ProgramsSection } from '../../config/sections/programs.js';
import { ioError } from '../../errors/constructors.js';
import type { KernelError } from '../../errors/kernel-error.js';
import type { EventSink } from '../../events/event-sink.js';
import type { Logger } from '../../logger/logger.js';
import type { ProgramEvent } from '../program-events.js';
import type { ProgramRepository, ProgramStateRecord } from '../program-repository.js';
import type { ProgramOperationOptions, ProgramSource } from '../types.js';
import { checkSource, describeSource, recordedSource } from './check-source.js';
import { commitStagedProgram, type CommittedProgram } from './commit-staged-program.js';
import { fetchProgram } from './fetch-program.js';

/** What {@link createProgramInstaller} works with. */
export interface ProgramInstallerOptions {
  readonly programsDir: string;
  /** `programs/.staging`; it must exist. */
  readonly stagingRoot: string;
  readonly config: ProgramsSection;
  readonly repository: ProgramRepository;
  readonly bundledDir: string;
  readonly logger: Logger;
  readonly now: () => number;
  readonly bus?: EventSink<ProgramEvent>;
  readonly hostEnv?: Readonly<Record<string, string | undefined>>;
}

/** A program moved into place and recorded. */
export interface InstalledProgram extends CommittedProgram {
  readonly state: ProgramStateRecord;
}

/** Installs programs: stage, check, commit, record — removing the staging folder whatever happens. */
export interface ProgramInstaller {
  install(source: ProgramSource, options?: ProgramOperationOptions): ResultAsync<InstalledProgram, KernelError>;
  /** Installs a bundled default synchronously (the kernel's own files, copied at start-up). */
  installBundled(name: string): Result<InstalledProgram, KernelError>;
}

/** Creates the installer used by the program manager. */
export function createProgramInstaller(options: ProgramInstallerOptions): ProgramInstaller {
  const { config, repository, logger } = options;
  const limits = {
    maxArchiveBytes: config.max_archive_bytes,
    maxTotalBytes: config.max_total_bytes,
    maxFileBytes: config.max_file_bytes,
    maxEntries: config.max_entries,
  };
  const newStaging = (): Result<string, KernelError> => {
    const staging = join(options.stagingRoot, crypto.randomUUID());
    try {
      mkdirSync(staging, { mode: 0o700 });
      return ok(staging);
    } catch (cause) {
      return err(ioError('create', staging, cause));
    }
  };
  const commit = (staged: string, source: ProgramSource): Result<InstalledProgram, KernelError> =>
    commitStagedProgram(staged, options.programsDir, describeSource(source)).andThen((committed) => {
      const state = {
        name: committed.name,
        enabled: true,
        version: committed.manifest.program.version,
        source: recordedSource(source),
        installedAt: options.now(),
      };
      const saved = repository.put(state);
      if (saved.isErr()) {
        rmSync(committed.path, { recursive: true, force: true });
        return err(saved.error);
      }
      options.bus?.publish({
        type: 'program-installed',
        name: committed.name,
        version: state.version,
        source: source.kind,
      });
      logger.info({ program: committed.name, source: describeSource(source) }, 'program installed');
      return ok({ ...committed, state });
    });

  return {
    install(source, operation = {}) {
      const staging = checkSource(source).andThen(newStaging);
      if (staging.isErr()) return errAsync(staging.error);
      const context = {
        staging: staging.value,
        limits,
        gitTimeoutMs: config.git_timeout_secs * 1000,
        downloadTimeoutMs: config.download_timeout_secs * 1000,
        bundledDir: options.bundledDir,
        ...(operation.signal ? { signal: operation.signal } : {}),
        ...(options.hostEnv ? { hostEnv: options.hostEnv } : {}),
      };
      const installed = fetchProgram(source, context).andThen((staged) => {
        const committed = commit(staged, source);
        return committed.isErr() ? errAsync(committed.error) : okAsync(committed.value);
      });
      const cleanUp = async () => {
        const result = await installed;
        rmSync(staging.value, { recursive: true, force: true });
        return result;
      };
      return new ResultAsync(cleanUp());
    },
    installBundled(name) {
      const source: ProgramSource = { kind: 'bundled', name };
      return checkSource(source)
        .andThen(newStaging)
        .andThen((staging) => {
          try {
            const staged = join(staging, 'program');
            cpSync(join(options.bundledDir, name), staged, { recursive: true, errorOnExist: true, force: false });
            return commit(staged, source);
          } catch (cause) {
            return err(ioError('copy', join(options.bundledDir, name), cause));
          } finally {
            rmSync(staging, { recursive: true, force: true });
          }
        });
    },
  };
}
