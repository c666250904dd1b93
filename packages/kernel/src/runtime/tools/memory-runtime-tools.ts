import { errAsync, okAsync } from 'neverthrow';
import { unavailable } from '../../errors/constructors.js';
import { createMemoryTools } from '../../memory/memory-tools.js';
import type { MemoryStore } from '../../memory/types.js';
import type { RuntimeTool } from './types.js';

const LABELS: Record<string, string> = {
  memory_write: 'Save a note',
  memory_search: 'Search notes',
  memory_read: 'Read a note',
};

/**
 * The memory subsystem's `memory_write`, `memory_search` and `memory_read` as runtime tools: each
 * call uses the memory of the user the run acts for (`AgentRunInput.userId`) and is refused
 * without one. Results are returned to the model as JSON.
 */
export function createMemoryRuntimeTools(memory: MemoryStore): readonly RuntimeTool[] {
  return createMemoryTools(memory).map((tool) => {
    const { $schema: _ignored, ...parameters } = tool.parameters;
    return {
      name: tool.name,
      label: LABELS[tool.name] ?? tool.name,
      description: tool.description,
      schema: tool.argumentsSchema,
      parameters,
      summarize: () => tool.name,
      execute: (args, context) => {
        if (context.userId === undefined) {
          return errAsync(unavailable('memory', 'memory tools need the user the agent acts for'));
        }
        const sessionId = context.audit.sessionId;
        const result = tool.execute(
          { userId: context.userId, ...(sessionId === undefined ? {} : { sessionId }) },
          args,
        );
        return result.isOk() ? okAsync({ text: JSON.stringify(result.value, null, 2) }) : errAsync(result.error);
      },
    };
  });
}
