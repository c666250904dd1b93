import type { SessionReply } from '@oxios/sdk-client';
import type { Result, ResultAsync } from 'neverthrow';
import type { Backend } from '../../backend/backend.js';
import type { CliError } from '../../errors/cli-error.js';
import type { Output } from '../../output.js';
import { startPhaseProgress } from './phase-progress.js';

/** Awaits one reply of session `sessionId`, showing its phase on a terminal meanwhile. */
export async function awaitReply(
  output: Output,
  backend: Backend,
  sessionId: string,
  work: () => ResultAsync<SessionReply, CliError>,
): Promise<Result<SessionReply, CliError>> {
  const stop = startPhaseProgress(output, async () =>
    (await backend.sessions.get(sessionId)).map((session) => session.phase).unwrapOr(undefined),
  );
  try {
    return await work();
  } finally {
    stop();
  }
}
