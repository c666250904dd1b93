import type { z } from 'zod';
import { renderInput, integerField, stringField, tableField } from '../fields.js';

const httpUrl = stringField().refine((value) => /^https?:\/\/[^\s]+$/.test(value), {
  error: (issue) => `expected an http(s) URL, got ${renderInput(issue.input)}`,
});

/** `[a2a]` — agent-to-agent messaging between agents, and the public A2A card of this server. */
export const A2aSectionSchema = tableField({
  /** Name in the public agent card (`/.well-known/agent-card.json`). */
  name: stringField().default('Oxios'),
  /** Description in the public agent card. */
  description: stringField().default(
    'A spec-first agent operating system: it interviews, writes a seed with acceptance criteria, runs an agent in a sandbox and verifies the result.',
  ),
  /** The server's public base URL for the card (behind a proxy). Default: the URL the card was fetched from. */
  public_url: httpUrl.optional(),
  /** Longest an agent waits for the result of a task it delegated; also the child agent's time limit. */
  delegation_timeout_secs: integerField({ min: 1, max: 86_400 }).default(600),
  /** How deep delegations may nest: 2 lets an agent delegate, but not its delegate in turn. */
  max_depth: integerField({ min: 1, max: 16 }).default(3),
  /** Messages waiting in one agent's inbox; more are refused with "overloaded". */
  inbox_limit: integerField({ min: 1, max: 100_000 }).default(100),
}).prefault({});

/** The validated `[a2a]` section. */
export type A2aSection = z.infer<typeof A2aSectionSchema>;
