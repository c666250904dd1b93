import { ErrorBodySchema } from '@oxios/sdk-client';
import { z } from 'zod';
import type { AnyRoute } from '../http/define-route.js';

type JsonObject = Record<string, unknown>;

function schemaOf(schema: z.ZodType, io: 'input' | 'output'): JsonObject {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as JsonObject;
  return rest;
}

function parameters(route: AnyRoute): JsonObject[] {
  const result: JsonObject[] = [];
  for (const [where, schema] of [
    ['path', route.params],
    ['query', route.query],
  ] as const) {
    if (!schema) continue;
    const json = schemaOf(schema, 'input') as { properties?: Record<string, JsonObject>; required?: string[] };
    for (const [name, property] of Object.entries(json.properties ?? {})) {
      result.push({
        name,
        in: where,
        required: where === 'path' || (json.required ?? []).includes(name),
        schema: property,
      });
    }
  }
  return result;
}

const errorResponse = (description: string) => ({
  description,
  content: { 'application/json': { schema: { $ref: '#/components/schemas/ErrorBody' } } },
});

function operation(route: AnyRoute): JsonObject {
  const requestBody = route.body ?? route.rawBody;
  const responses: JsonObject = {
    [String(route.status ?? 200)]: {
      description: 'success',
      content: { 'application/json': { schema: schemaOf(route.response, 'output') } },
    },
  };
  if (route.body || route.params || route.query) responses['400'] = errorResponse('invalid input');
  if (route.access !== 'public') {
    responses['401'] = errorResponse('missing, malformed, unknown, expired or revoked credential');
    responses['403'] = errorResponse(`needs the ${route.access} role`);
    responses['429'] = errorResponse('rate limited; see Retry-After');
  }
  return {
    summary: route.summary,
    tags: route.tags,
    operationId: `${route.method.toLowerCase()}${route.path.replace(/[^A-Za-z0-9]+(\w)?/g, (_match, next: string | undefined) => (next ?? '').toUpperCase())}`,
    'x-oxios-access': route.access,
    ...(route.access === 'public' ? { security: [] } : {}),
    parameters: parameters(route),
    ...(requestBody
      ? { requestBody: { required: true, content: { 'application/json': { schema: schemaOf(requestBody, 'input') } } } }
      : {}),
    responses,
  };
}

/** The OpenAPI 3.1 document for `routes`, generated from the same zod schemas that validate them. */
export function buildOpenApi(routes: readonly AnyRoute[], info: { title: string; version: string }): JsonObject {
  const paths: Record<string, JsonObject> = {};
  for (const route of routes) {
    const path = route.path.replace(/:([A-Za-z]+)/g, '{$1}');
    paths[path] = { ...paths[path], [route.method.toLowerCase()]: operation(route) };
  }
  return {
    openapi: '3.1.0',
    info: {
      ...info,
      description: 'The Oxios agent operating system API. Every /api route needs a bearer token unless marked public.',
    },
    security: [{ bearerAuth: [] }, { sessionCookie: [] }],
    paths,
    components: {
      schemas: { ErrorBody: schemaOf(ErrorBodySchema, 'output') },
      securitySchemes: {
        bearerAuth: { type: 'http', scheme: 'bearer', description: 'An Oxios API token (oxs_…)' },
        sessionCookie: {
          type: 'apiKey',
          in: 'cookie',
          name: 'oxios_session',
          description: 'Dashboard session; send X-CSRF-Token on writes',
        },
      },
    },
  };
}
