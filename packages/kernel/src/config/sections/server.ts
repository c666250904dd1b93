import { type z } from 'zod';
import { integerField, stringField, tableField } from '../fields.js';

/** `[server]` — where the HTTP API listens. Defaults are loopback-only. */
export const ServerSectionSchema = tableField({
  /** Interface to bind. Loopback by default; binding elsewhere exposes the API to the network. */
  host: stringField({ pattern: /^[^\s/]+$/, description: 'host name or IP address' }).default('127.0.0.1'),
  /** TCP port. */
  port: integerField({ min: 1, max: 65_535 }).default(4200),
}).prefault({});

export type ServerSection = z.infer<typeof ServerSectionSchema>;
