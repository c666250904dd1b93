import { errAsync } from 'neverthrow';
import { cliError } from '../../errors/cli-error.js';
import { EXIT } from '../../exit-codes.js';
import type { Backend } from '../backend.js';

type Extensions = Pick<Backend, 'seeds' | 'programs' | 'skills' | 'personas' | 'containers'>;

/**
 * Seeds, programs, skills, personas and containers over HTTP need server routes that this
 * version of the API does not have yet: each says so (exit 1) instead of guessing at a route.
 */
export function remoteExtensions(server: string): Extensions {
  const missing = (noun: string) => () =>
    errAsync(
      cliError('unavailable', `the server at ${server} offers no ${noun} API yet`, EXIT.failure, {
        hint: `run \`oxios ${noun} …\` on the server's machine with the server stopped (embedded mode)`,
      }),
    );
  const seeds = missing('seed');
  const programs = missing('program');
  const skills = missing('skill');
  const personas = missing('persona');
  const containers = missing('container');
  return {
    seeds: { list: seeds, get: seeds, lineage: seeds },
    programs: { list: programs, get: programs, install: programs, setEnabled: programs, uninstall: programs },
    skills: { list: skills, get: skills, create: skills, remove: skills },
    personas: { list: personas, get: personas, create: personas, remove: personas, use: personas },
    containers: {
      list: containers,
      create: containers,
      start: containers,
      stop: containers,
      remove: containers,
      exec: containers,
    },
  };
}
