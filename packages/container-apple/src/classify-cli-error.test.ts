import { describe, expect, it } from 'vitest';
import { classifyCliError } from './classify-cli-error.js';

const failure = (stderr: string, exitCode = 1) => ({
  operation: 'op',
  argv: ['container', 'x'],
  exitCode,
  stderr,
  subject: { resource: 'container' as const, id: 'oxios-a' },
});

describe('classifyCliError', () => {
  it.each([
    ['Error: notFound: "get failed: container oxios-a not found"', 'not-found'],
    [
      'Error: internalError: "failed to stop container" (cause: "notFound: "container with ID oxios-a not found"")',
      'not-found',
    ],
    ['Error: exists: "container with id oxios-a already exists"', 'already-exists'],
    ['Error: invalidState: "container oxios-a is not running"', 'not-running'],
    [
      'Error: internalError: "failed to delete container" (cause: "invalidState: "container oxios-a is running and can not be deleted"")',
      'invalid-state',
    ],
    ['Error: invalidArgument: "no containers specified and --all not supplied"', 'invalid-argument'],
    [
      'Error: interrupted: "internalError: "failed to list containers" (cause: "interrupted: "XPC connection error: Connection invalid"")"\nEnsure container system service has been started with `container system start`.',
      'system-not-running',
    ],
    [
      'Error: internalError: "failed to get a response from apiserver: interrupted: "XPC connection error: Connection invalid""',
      'system-not-running',
    ],
    ['Error: unknown: "something odd"', 'backend'],
  ])('maps %j to %s', (stderr, code) => {
    expect(classifyCliError(failure(stderr)).code).toBe(code);
  });

  it('reports exit 64 as a usage error naming the rejected option, keeping argv and stderr for logs only', () => {
    const error = classifyCliError(failure("Error: Unknown option '--ulimit'\nUsage: container run [<options>]", 64));
    expect(error).toMatchObject({ code: 'backend', backend: 'apple', operation: 'op' });
    expect(error.message).toContain("Unknown option '--ulimit'");
    expect(error).toHaveProperty('cause.argv', ['container', 'x']);
  });

  it('names the container in not-found and already-exists', () => {
    expect(classifyCliError(failure('Error: exists: "x"'))).toMatchObject({ resource: 'container', id: 'oxios-a' });
  });
});
