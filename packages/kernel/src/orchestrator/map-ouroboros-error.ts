import type { OuroborosError } from '@oxios/ouroboros';
import { abortedError, internalError, invalidArgument, invalidState, timeoutError } from '../errors/constructors.js';
import type { KernelError } from '../errors/kernel-error.js';
import { isKernelError } from '../errors/is-kernel-error.js';

/** Turns a protocol engine error into the kernel's error union, keeping the LLM's own error. */
export function mapOuroborosError(error: OuroborosError): KernelError {
  switch (error.code) {
    case 'llm-failed':
      // The port wraps the kernel's own LLM error: hand that back unchanged.
      return isKernelError(error.cause.cause) ? error.cause.cause : internalError(error.message, error.cause);
    case 'llm-reply-invalid':
      return {
        code: 'llm-reply-invalid',
        message: error.message,
        provider: 'ouroboros',
        model: error.operation,
        issues: error.issues,
      };
    case 'timeout':
      return timeoutError(`ouroboros ${error.operation}`, error.timeoutMs);
    case 'aborted':
      return abortedError(`ouroboros ${error.operation}`);
    case 'gate-closed':
    case 'generation-cap':
    case 'insufficient-votes':
      return invalidState('session', error.code, error.message);
    case 'invalid-seed':
    case 'invalid-input':
    case 'invalid-event':
      return invalidArgument(error.code, error.message);
  }
}
