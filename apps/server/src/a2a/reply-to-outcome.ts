import type { KernelError } from '@oxios/kernel';
import type { SessionReply } from '@oxios/sdk-client';
import type { TaskOutcome } from './a2a-tasks.js';

/**
 * The orchestrator's reply as an A2A task outcome: a question asks for input, a passed result
 * completes the task (with the result as an artifact), any other result fails it.
 */
export function replyToOutcome(taskId: string, reply: SessionReply): TaskOutcome {
  switch (reply.kind) {
    case 'question':
      return { state: 'input-required', text: reply.text };
    case 'status':
      return { state: 'completed', text: reply.text };
    case 'result':
      return {
        state: reply.outcome === 'passed' ? 'completed' : 'failed',
        text: reply.text,
        artifacts: [
          {
            artifactId: `${taskId}-result`,
            name: 'result',
            description: 'The outcome and each acceptance criterion as verified in the sandbox',
            parts: [
              { kind: 'text', text: reply.text },
              {
                kind: 'data',
                data: {
                  outcome: reply.outcome,
                  seedId: reply.seedId,
                  generation: reply.generation,
                  forced: reply.forced,
                  criteria: reply.criteria,
                },
              },
            ],
          },
        ],
      };
  }
}

/** A failure to run the message as a failed task: its code and message (never a stack or secret). */
export function errorToOutcome(error: KernelError): TaskOutcome {
  return { state: 'failed', text: `${error.code}: ${error.message}` };
}
