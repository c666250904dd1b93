import { err, type Result } from 'neverthrow';
import { z } from 'zod';
import { invalidArgument } from '../errors/constructors.js';
import type { KernelError } from '../errors/kernel-error.js';
import { MemoryReadArgsSchema, MemorySearchArgsSchema, MemoryWriteArgsSchema } from './memory-schema.js';
import type { MemoryStore } from './types.js';

/** Who is calling a memory tool: notes are read and written in this user's memory only. */
export interface MemoryToolContext {
  readonly userId: string;
  /** Recorded on notes the call writes. */
  readonly sessionId?: string;
}

/** An agent tool over memory, for the runtime to register. */
export interface MemoryTool {
  readonly name: 'memory_write' | 'memory_search' | 'memory_read';
  readonly description: string;
  /** The zod schema {@link MemoryTool.execute} validates arguments with. */
  readonly argumentsSchema: z.ZodType;
  /** The same schema as JSON Schema, for the model. */
  readonly parameters: Record<string, unknown>;
  /** Validates the model's raw arguments and runs the tool; the value is JSON-serialisable. */
  execute(context: MemoryToolContext, args: unknown): Result<unknown, KernelError>;
}

function tool<Schema extends z.ZodType>(
  name: MemoryTool['name'],
  description: string,
  schema: Schema,
  run: (context: MemoryToolContext, args: z.infer<Schema>) => Result<unknown, KernelError>,
): MemoryTool {
  return {
    name,
    description,
    argumentsSchema: schema,
    parameters: z.toJSONSchema(schema, { io: 'input' }),
    execute(context, args) {
      const parsed = schema.safeParse(args);
      if (!parsed.success) {
        const detail = parsed.error.issues.map(
          (issue) => `${issue.path.map(String).join('.') || 'arguments'}: ${issue.message}`,
        );
        return err(invalidArgument('arguments', detail.join('; ')));
      }
      return run(context, parsed.data);
    },
  };
}

/** The `memory_write`, `memory_search` and `memory_read` tools over `memory`. */
export function createMemoryTools(memory: MemoryStore): readonly MemoryTool[] {
  return [
    tool(
      'memory_write',
      'Save a long-term note (a fact about the user or project, reusable knowledge, or an episode worth remembering). Pass id to replace a note.',
      MemoryWriteArgsSchema,
      (context, args) =>
        memory
          .write(context.userId, {
            ...args,
            ...(context.sessionId === undefined ? {} : { sessionId: context.sessionId }),
          })
          .map((note) => ({
            id: note.id,
            kind: note.kind,
            title: note.title,
            updatedAt: new Date(note.updatedAt).toISOString(),
          })),
    ),
    tool(
      'memory_search',
      'Search long-term notes. Every word must appear; words are matched literally (no operators).',
      MemorySearchArgsSchema,
      (context, args) =>
        memory
          .search(context.userId, args)
          .map((hits) =>
            hits.map((hit) => ({ id: hit.id, kind: hit.kind, title: hit.title, tags: hit.tags, snippet: hit.snippet })),
          ),
    ),
    tool('memory_read', 'Read one long-term note in full by its id.', MemoryReadArgsSchema, (context, args) =>
      memory.read(context.userId, args.id).map((note) => ({
        id: note.id,
        kind: note.kind,
        title: note.title,
        tags: note.tags,
        content: note.content,
        updatedAt: new Date(note.updatedAt).toISOString(),
      })),
    ),
  ];
}
