import type { z } from 'zod';
import { booleanField, integerField, stringField, stringListField, tableField } from '../fields.js';

/** `[server]` — where the HTTP API listens and how it protects itself. Defaults are loopback-only. */
export const ServerSectionSchema = tableField({
  /** Interface to bind. Loopback by default; binding elsewhere exposes the API to the network. */
  host: stringField({ pattern: /^[^\s/]+$/, description: 'host name or IP address' }).default('127.0.0.1'),
  /** TCP port. */
  port: integerField({ min: 1, max: 65_535 }).default(4200),
  /** PEM certificate and key files; when both are set the server speaks HTTPS only. */
  tls_cert: stringField({ description: 'path to a PEM certificate' }).optional(),
  tls_key: stringField({ description: 'path to a PEM private key' }).optional(),
  /** Browser origins allowed to call the API cross-origin (CORS). Empty: none. */
  cors_origins: stringListField('array of origins such as "https://example.com"').default([]),
  /** Largest accepted request body. */
  body_limit_bytes: integerField({ min: 1024, max: 100 * 1024 * 1024 }).default(1024 * 1024),
  /** A request that takes longer is answered 504 (event streams are exempt). */
  request_timeout_secs: integerField({ min: 1, max: 3600 }).default(60),
  /** Requests per minute allowed per token (and per client address for unauthenticated calls). */
  rate_limit_per_minute: integerField({ min: 1, max: 1_000_000 }).default(1200),
  /** Failed authentications per minute allowed per client address before it is refused with 429. */
  auth_failures_per_minute: integerField({ min: 1, max: 10_000 }).default(20),
  /** Trust `X-Forwarded-For` for the client address (only behind your own reverse proxy). */
  trust_proxy: booleanField().default(false),
  /**
   * How long a stop (SIGTERM, SIGINT) may take: the server stops accepting at once, in-flight
   * requests and running messages may finish within it, the rest are interrupted (their sessions
   * become resumable), then the process exits.
   */
  shutdown_grace_secs: integerField({ min: 1, max: 600 }).default(5),
}).prefault({});

export type ServerSection = z.infer<typeof ServerSectionSchema>;
