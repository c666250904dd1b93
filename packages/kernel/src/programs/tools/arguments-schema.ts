import { z } from 'zod';
import type { ProgramArgument } from '../program-manifest.js';
import type { ArgumentValue } from './argv-template.js';

/** The JSON Schema of one tool argument. */
export interface JsonSchemaProperty {
  readonly type: 'string' | 'integer' | 'number' | 'boolean';
  readonly description?: string;
  readonly enum?: readonly string[];
  readonly default?: ArgumentValue;
  readonly maxLength?: number;
  readonly minimum?: number;
  readonly maximum?: number;
}

/** The JSON Schema (draft 2020-12) of a tool's arguments object, as LLM tool APIs take it. */
export interface JsonSchemaObject {
  readonly type: 'object';
  readonly properties: Readonly<Record<string, JsonSchemaProperty>>;
  readonly required: readonly string[];
  readonly additionalProperties: false;
}

function propertySchema(argument: ProgramArgument): z.ZodType<ArgumentValue> {
  switch (argument.type) {
    case 'boolean':
      return z.boolean();
    case 'string':
      return argument.enum ? z.enum(argument.enum as [string, ...string[]]) : z.string().max(argument.max_length);
    case 'integer':
    case 'number': {
      let schema = argument.type === 'integer' ? z.int() : z.number();
      if (argument.min !== undefined) schema = schema.min(argument.min);
      if (argument.max !== undefined) schema = schema.max(argument.max);
      return schema;
    }
  }
}

/** The zod schema validating an LLM's arguments object: unknown keys refused, defaults applied. */
export function argumentsZodSchema(
  definitions: readonly ProgramArgument[],
): z.ZodType<Record<string, ArgumentValue | undefined>> {
  const shape: Record<string, z.ZodType<ArgumentValue | undefined>> = {};
  for (const argument of definitions) {
    const base = propertySchema(argument);
    shape[argument.name] =
      argument.default !== undefined ? base.default(argument.default) : argument.required ? base : base.optional();
  }
  return z.strictObject(shape);
}

/** The JSON Schema of the same arguments, for the model. */
export function argumentsJsonSchema(definitions: readonly ProgramArgument[]): JsonSchemaObject {
  const properties: Record<string, JsonSchemaProperty> = {};
  for (const argument of definitions) {
    properties[argument.name] = {
      type: argument.type,
      ...(argument.description ? { description: argument.description } : {}),
      ...(argument.enum ? { enum: argument.enum } : {}),
      ...(argument.default !== undefined ? { default: argument.default } : {}),
      ...(argument.type === 'string' && !argument.enum ? { maxLength: argument.max_length } : {}),
      ...(argument.min !== undefined ? { minimum: argument.min } : {}),
      ...(argument.max !== undefined ? { maximum: argument.max } : {}),
    };
  }
  const required = definitions
    .filter((argument) => argument.required && argument.default === undefined)
    .map((argument) => argument.name);
  return { type: 'object', properties, required, additionalProperties: false };
}
