import type { z } from 'zod';
import { placeholdersOf } from './argv-template.js';

interface ToolShape {
  readonly command: readonly string[];
  readonly arguments: readonly {
    readonly name: string;
    readonly type: 'string' | 'integer' | 'number' | 'boolean';
    readonly default?: string | number | boolean | undefined;
    readonly enum?: readonly string[] | undefined;
    readonly min?: number | undefined;
    readonly max?: number | undefined;
  }[];
}

function defaultMatches(argument: ToolShape['arguments'][number]): boolean {
  const value = argument.default;
  if (value === undefined) return true;
  switch (argument.type) {
    case 'string':
      return typeof value === 'string' && (argument.enum === undefined || argument.enum.includes(value));
    case 'integer':
      return Number.isInteger(value);
    case 'number':
      return typeof value === 'number';
    case 'boolean':
      return typeof value === 'boolean';
  }
}

/**
 * Checks what the schema alone cannot: argument names are unique, every `{placeholder}` names a
 * declared argument, the command itself has none, and defaults, `enum` and bounds fit the type.
 */
export function checkToolDefinition(tool: ToolShape, context: z.core.$RefinementCtx): void {
  const declared = new Set<string>();
  tool.arguments.forEach((argument, index) => {
    if (declared.has(argument.name)) {
      context.addIssue({ code: 'custom', path: ['arguments', index, 'name'], message: 'duplicate argument name' });
    }
    declared.add(argument.name);
    if (!defaultMatches(argument)) {
      context.addIssue({
        code: 'custom',
        path: ['arguments', index, 'default'],
        message: `not a valid ${argument.type}`,
      });
    }
    if (argument.enum !== undefined && argument.type !== 'string') {
      context.addIssue({ code: 'custom', path: ['arguments', index, 'enum'], message: 'only strings take enum' });
    }
    const numeric = argument.type === 'integer' || argument.type === 'number';
    if ((argument.min !== undefined || argument.max !== undefined) && !numeric) {
      context.addIssue({ code: 'custom', path: ['arguments', index], message: 'only numbers take min/max' });
    }
  });
  tool.command.forEach((element, index) => {
    for (const name of placeholdersOf(element)) {
      if (index === 0) {
        context.addIssue({ code: 'custom', path: ['command', 0], message: 'the command cannot contain placeholders' });
      } else if (!declared.has(name)) {
        context.addIssue({ code: 'custom', path: ['command', index], message: `{${name}} is not a declared argument` });
      }
    }
  });
}
