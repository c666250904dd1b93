import { z } from 'zod';
import { booleanField, enumField, integerField, numberField, renderInput, stringField, tableField } from '../fields.js';

/** Provider kinds Oxios can talk to. */
export const LLM_PROVIDER_KINDS = ['anthropic', 'openai', 'openai-compatible'] as const;

/** How a provider is spoken to: Anthropic Messages, OpenAI Responses, or Chat Completions at a custom URL. */
export type LlmProviderKind = (typeof LLM_PROVIDER_KINDS)[number];

const usdPerMillion = () => numberField({ min: 0, max: 100_000 });

const ModelSchema = tableField({
  /** The model id the provider knows (`claude-sonnet-4-5`, `qwen2.5-coder:7b`). */
  id: stringField(),
  /** Display name. Default: the id. */
  name: stringField().optional(),
  context_window: integerField({ min: 1_024, max: 100_000_000 }).default(128_000),
  /** Largest reply, in tokens. */
  max_tokens: integerField({ min: 1, max: 10_000_000 }).default(8_192),
  /** Prices in US dollars per million tokens; cost budgets are computed from them. */
  input_usd_per_mtok: usdPerMillion().default(0),
  output_usd_per_mtok: usdPerMillion().default(0),
  cache_read_usd_per_mtok: usdPerMillion().default(0),
  cache_write_usd_per_mtok: usdPerMillion().default(0),
  reasoning: booleanField().default(false),
});

/** One `[[llm.providers.<name>.models]]` entry. */
export type LlmModelEntry = z.infer<typeof ModelSchema>;

const environmentName = stringField({
  pattern: /^[A-Za-z_][A-Za-z0-9_]*$/,
  description: 'an environment variable name',
});

const baseUrl = stringField().refine((value) => /^https?:\/\/[^\s]+$/.test(value), {
  error: (issue) => `expected an http(s) URL, got ${renderInput(issue.input)}`,
});

const ProviderSchema = tableField({
  kind: enumField(LLM_PROVIDER_KINDS),
  /** Server URL. Chat Completions URLs include `/v1`; Anthropic URLs do not. */
  base_url: baseUrl.optional(),
  /** The environment variable holding the key. Default ANTHROPIC_API_KEY / OPENAI_API_KEY; none for openai-compatible. */
  api_key_env: environmentName.optional(),
  /** Keys never go in the config file; this field exists only to say so. */
  api_key: z
    .never({
      error:
        'API keys are not accepted in the config file: put the key in an environment variable and name it with api_key_env',
    })
    .optional(),
  /** Models beyond (or overriding) the provider's built-in catalog. */
  models: z.array(ModelSchema, { error: 'expected an array of model tables' }).default([]),
}).refine((provider) => provider.kind !== 'openai-compatible' || provider.base_url !== undefined, {
  path: ['base_url'],
  error: 'required for kind "openai-compatible" (e.g. "http://127.0.0.1:11434/v1" for Ollama)',
});

/** One `[llm.providers.<name>]` table. */
export type LlmProviderEntry = z.infer<typeof ProviderSchema>;

const BudgetSchema = (defaults: { turns: number; wallSecs: number; tokens: number; costUsd: number }) =>
  tableField({
    max_turns: integerField({ min: 1, max: 1_000_000 }).default(defaults.turns),
    max_wall_secs: integerField({ min: 1, max: 31_536_000 }).default(defaults.wallSecs),
    max_tokens: integerField({ min: 1, max: 1_000_000_000_000 }).default(defaults.tokens),
    max_cost_usd: numberField({ min: 0, max: 1_000_000 }).default(defaults.costUsd),
  }).prefault({});

/** Caps on one agent run or on everything run for one session. */
export type LlmBudget = z.infer<ReturnType<typeof BudgetSchema>>;

const providerName = /^[a-z0-9][a-z0-9_-]*$/;

/** `[llm]` — providers, the default model, resilience, tool limits and budgets. */
export const LlmSectionSchema = tableField({
  /** `<provider>/<model>`; a persona or a request may choose another. */
  default_model: stringField({ pattern: /^[a-z0-9][a-z0-9_-]*\/.+$/, description: '"<provider>/<model>"' }).default(
    'anthropic/claude-sonnet-4-5',
  ),
  /** Longest one request may take, retries and backoff included. */
  request_timeout_secs: integerField({ min: 1, max: 86_400 }).default(600),
  /** Longest a request may wait for its next stream event (the first one included). */
  idle_timeout_secs: integerField({ min: 1, max: 86_400 }).default(120),
  /** Retries after a 429, 5xx, connection loss or stall. */
  max_retries: integerField({ min: 0, max: 20 }).default(3),
  retry_base_delay_ms: integerField({ min: 1, max: 600_000 }).default(500),
  /** Cap on one backoff delay; a provider asking to wait longer fails the request at once. */
  retry_max_delay_secs: integerField({ min: 1, max: 3_600 }).default(30),
  /** Consecutive failures after which a provider's circuit opens. */
  breaker_failure_threshold: integerField({ min: 1, max: 1_000 }).default(5),
  /** How long an open circuit stays open before one trial request. */
  breaker_cooldown_secs: integerField({ min: 1, max: 86_400 }).default(30),
  /** Bytes of tool output shown to the model; the rest is cut with a note. */
  tool_output_max_bytes: integerField({ min: 1_024, max: 16_777_216 }).default(65_536),
  /** Timeout of a sandboxed command that asks for none. */
  tool_timeout_secs: integerField({ min: 1, max: 86_400 }).default(120),
  agent_budget: BudgetSchema({ turns: 50, wallSecs: 1_800, tokens: 2_000_000, costUsd: 5 }),
  session_budget: BudgetSchema({ turns: 500, wallSecs: 14_400, tokens: 20_000_000, costUsd: 25 }),
  providers: z
    .record(
      z.string().regex(providerName, {
        error: (issue) => `expected a provider name of a-z, 0-9, "-" and "_", got ${renderInput(issue.input)}`,
      }),
      ProviderSchema,
    )
    .default({}),
})
  .refine((section) => section.idle_timeout_secs <= section.request_timeout_secs, {
    path: ['idle_timeout_secs'],
    error: 'must not exceed request_timeout_secs',
  })
  .prefault({});

/** The validated `[llm]` section. */
export type LlmSection = z.infer<typeof LlmSectionSchema>;
