import { createKernel, loadConfig } from '@oxios/kernel';

/** Ids of what {@link seedHome} created. */
export interface SeededHome {
  readonly sessionId: string;
  readonly agentIds: readonly string[];
  readonly approvalIds: readonly string[];
}

/**
 * Fills an OXIOS_HOME through the kernel itself (as a server's work would): a session with
 * messages, two agents (one killed), two pending approvals and an audited denial. The kernel is
 * closed again, releasing the home for the CLI under test.
 */
export async function seedHome(env: Record<string, string | undefined>): Promise<SeededHome> {
  const config = loadConfig({ env, initialize: true })._unsafeUnwrap();
  const kernel = createKernel(config)._unsafeUnwrap();
  try {
    const session = kernel.sessions.create({ userId: 'admin', title: 'Tidy the repo' })._unsafeUnwrap();
    kernel.sessions.appendMessage(session.id, { role: 'user', content: 'please tidy the repo' })._unsafeUnwrap();
    kernel.sessions.appendMessage(session.id, { role: 'assistant', content: 'Which branch?' })._unsafeUnwrap();
    const seed = { id: 'seed-1', goal: 'tidy the repository' };
    const first = kernel.supervisor.fork({ seed, name: 'tidier', owner: 'user:admin', sessionId: session.id });
    const second = kernel.supervisor.fork({ seed, name: 'linter', owner: 'user:admin' })._unsafeUnwrap();
    kernel.supervisor.kill(second.id, 'test')._unsafeUnwrap();
    const approvals = ['git push origin main', 'git push --tags'].map(
      (resource) =>
        kernel.access.approvals
          .request({ subject: 'user:admin', action: 'host-exec', resource, reason: 'publish the release' })
          ._unsafeUnwrap().id,
    );
    // A denial for `audit --denied`: a plain user may not manage roles.
    kernel.access.checkAction('user:ann', 'manage-roles');
    return { sessionId: session.id, agentIds: [first._unsafeUnwrap().id, second.id], approvalIds: approvals };
  } finally {
    await kernel.close('seeded');
  }
}
