import { z } from 'zod';

/**
 * `GET /openapi.json`, reduced to what clients rely on: which paths and methods the server
 * serves (e.g. to offer a feature only when its route exists). Other fields pass through.
 */
export const OpenApiDocumentSchema = z.looseObject({
  openapi: z.string(),
  info: z.looseObject({ title: z.string(), version: z.string() }),
  paths: z.record(z.string(), z.record(z.string(), z.unknown())),
});
export type OpenApiDocument = z.infer<typeof OpenApiDocumentSchema>;
