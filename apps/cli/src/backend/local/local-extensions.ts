import { errAsync, okAsync, Result, type ResultAsync } from 'neverthrow';
import { createContainerRepository, type ContainerManager, type Kernel, type KernelError } from '@oxios/kernel';
import { cliError, type CliError } from '../../errors/cli-error.js';
import { fromKernelError } from '../../errors/from-kernel-error.js';
import { EXIT } from '../../exit-codes.js';
import type { Backend } from '../backend.js';
import { LOCAL_SUBJECT, type LocalStore } from './open-local-store.js';
import { toApiPage } from './to-api.js';
import {
  toContainerView,
  toEvaluationView,
  toPersonaView,
  toProgramDetailView,
  toProgramView,
  toSeedView,
  toSkillSummaryView,
  toSkillView,
} from './to-view.js';

type Extensions = Pick<Backend, 'seeds' | 'programs' | 'skills' | 'personas' | 'containers'>;

/** Runs kernel work when the ResultAsync is consumed, reporting its error as the CLI does. */
const lift = <T>(work: () => Result<T, KernelError>): ResultAsync<T, CliError> =>
  okAsync(undefined).andThen(() => work().mapErr(fromKernelError));

/** The embedded kernel's seeds, programs, skills, personas and containers, acting as the local admin. */
export function localExtensions(local: LocalStore, signal: AbortSignal | undefined): Extensions {
  const withSignal = signal ? { signal } : {};
  const actor = { subject: LOCAL_SUBJECT };
  const kernel = () => local.writer();
  const containerManager = (): ResultAsync<ContainerManager, CliError> =>
    lift(kernel).andThen((opened: Kernel) =>
      opened.containers === null
        ? errAsync(
            cliError(
              'unavailable',
              `no sandbox backend: ${opened.containersUnavailable ?? 'none configured'}`,
              EXIT.failure,
              {
                hint: 'run `oxios doctor` to see what this machine offers',
              },
            ),
          )
        : okAsync(opened.containers),
    );

  return {
    seeds: {
      list: (query) =>
        lift(() =>
          local
            .reader()
            .andThen((reader) => reader.seeds.list(query))
            .map((page) => toApiPage(page, toSeedView)),
        ),
      get: (id) =>
        lift(() =>
          local
            .reader()
            .andThen((reader) => reader.seeds.get(id))
            .map(toSeedView),
        ),
      lineage: (id) =>
        lift(() =>
          local.reader().andThen((reader) =>
            reader.seeds.lineage(id).andThen((records) =>
              Result.combine(
                records.map((record) =>
                  reader.evaluations.forSeed(record.seed.id).map((evaluations) => {
                    const latest = evaluations.at(-1);
                    return { ...toSeedView(record), evaluation: latest ? toEvaluationView(latest) : null };
                  }),
                ),
              ).map((items) => ({ items })),
            ),
          ),
        ),
    },
    programs: {
      list: () =>
        lift(() =>
          kernel()
            .andThen((opened) => opened.programs.list())
            .map((items) => ({ items: items.map(toProgramView) })),
        ),
      get: (name) =>
        lift(() =>
          kernel()
            .andThen((opened) => opened.programs.get(name))
            .map(toProgramDetailView),
        ),
      install: (source) =>
        lift(kernel)
          .andThen((opened) => opened.programs.install(source, withSignal).mapErr(fromKernelError))
          .map(toProgramView),
      setEnabled: (name, enabled) =>
        lift(() =>
          kernel()
            .andThen((opened) => opened.programs.setEnabled(name, enabled))
            .map(toProgramView),
        ),
      uninstall: (name) =>
        lift(() =>
          kernel()
            .andThen((opened) => opened.programs.uninstall(name))
            .map(() => ({ name, uninstalled: true as const })),
        ),
    },
    skills: {
      list: () =>
        lift(() =>
          kernel()
            .andThen((opened) => opened.skills.list())
            .map((items) => ({ items: items.map(toSkillSummaryView) })),
        ),
      get: (name) =>
        lift(() =>
          kernel()
            .andThen((opened) => opened.skills.get(name))
            .map(toSkillView),
        ),
      create: (input) =>
        lift(() =>
          kernel()
            .andThen((opened) => opened.skills.create(input))
            .map(toSkillView),
        ),
      remove: (name) =>
        lift(() =>
          kernel()
            .andThen((opened) => opened.skills.remove(name))
            .map(() => ({ name, deleted: true as const })),
        ),
    },
    personas: {
      list: () =>
        lift(() =>
          kernel().andThen((opened) =>
            opened.personas
              .list()
              .andThen((items) =>
                opened.personas.defaultId().map((defaultId) => ({ items: items.map(toPersonaView), defaultId })),
              ),
          ),
        ),
      get: (id) =>
        lift(() =>
          kernel()
            .andThen((opened) => opened.personas.get(id))
            .map(toPersonaView),
        ),
      create: (input) =>
        lift(() =>
          kernel()
            .andThen((opened) => opened.personas.create(input))
            .map(toPersonaView),
        ),
      remove: (id) =>
        lift(() =>
          kernel()
            .andThen((opened) => opened.personas.remove(id))
            .map(() => ({ id, deleted: true as const })),
        ),
      use: (id, sessionId) =>
        lift(() =>
          kernel().andThen((opened) =>
            sessionId === undefined
              ? opened.personas.setDefault(id).map((persona) => ({ id: persona.id, sessionId: null }))
              : opened.personas
                  .get(id)
                  .andThen(() => opened.personas.setSessionPersona(sessionId, id))
                  .map(() => ({ id, sessionId })),
          ),
        ),
    },
    containers: {
      list: () =>
        lift(() =>
          kernel()
            // Records outlive a backend that went away: list them from the store either way.
            .andThen((opened) => createContainerRepository(opened.store).list())
            .map((items) => ({ items: items.map(toContainerView) })),
        ),
      create: (input) =>
        containerManager().andThen((manager) =>
          manager
            .create(
              actor,
              {
                name: input.name,
                ...(input.image === undefined ? {} : { image: input.image }),
                ...(input.network === undefined ? {} : { network: input.network }),
                ...(input.env === undefined ? {} : { env: input.env }),
              },
              withSignal,
            )
            .mapErr(fromKernelError)
            .map(toContainerView),
        ),
      start: (name) =>
        containerManager().andThen((manager) =>
          manager.start(actor, name, withSignal).mapErr(fromKernelError).map(toContainerView),
        ),
      stop: (name) =>
        containerManager().andThen((manager) =>
          manager.stop(actor, name, withSignal).mapErr(fromKernelError).map(toContainerView),
        ),
      remove: (name) =>
        containerManager().andThen((manager) =>
          manager
            .remove(actor, name, withSignal)
            .mapErr(fromKernelError)
            .map(() => ({ name, deleted: true as const })),
        ),
      exec: (name, argv) =>
        containerManager().andThen((manager) => manager.exec(actor, name, argv, withSignal).mapErr(fromKernelError)),
    },
  };
}
