import {
  createModels,
  type Api,
  type AssistantMessage,
  type Context,
  type Model,
  type Provider,
  type ProviderStreamOptions,
  type SimpleStreamOptions,
} from '@earendil-works/pi-ai';
import { err, ok, ResultAsync } from 'neverthrow';
import type { LlmSection } from '../../config/sections/llm.js';
import type { KernelError } from '../../errors/kernel-error.js';
import { noopLogger, type Logger } from '../../logger/logger.js';
import type { UsageRecord } from '../../store/repositories/usage-repository.js';
import { createCircuitBreaker } from './circuit-breaker.js';
import { completeStructured, type StructuredRequester } from './complete-structured.js';
import type { LlmEvent } from './llm-event.js';
import { providerKey, type KeyEnvironment } from './provider-key.js';
import { buildProviderSpecs } from './provider-specs.js';
import { resolveModel } from './resolve-model.js';
import { streamResilient, type ResilienceDependencies, type ResilienceSettings } from './resilient-stream.js';
import { toPiMessages } from './to-pi-messages.js';
import { toPiProvider } from './to-pi-provider.js';
import type { LlmEngine, LlmRequestOptions } from './types.js';
import { observeRequest } from './observe-request.js';

/** Options of {@link createLlmEngine}. */
export interface LlmEngineOptions {
  /** The validated `[llm]` section. */
  readonly config: LlmSection;
  /** Shown in `llm-not-configured` fixes. Default `config.toml`. */
  readonly configPath?: string;
  /** Where keys are read from. Default `process.env`. */
  readonly env?: KeyEnvironment;
  /** Extra pi-ai providers (e.g. pi-ai's faux provider in tests), addressed as `<id>/<model>`. */
  readonly providers?: readonly Provider[];
  /** Stores one record per request (the kernel passes the usage repository). Must not throw. */
  readonly recordUsage?: (record: UsageRecord) => void;
  /** Publishes engine events (the kernel passes its bus). Must not throw. */
  readonly publish?: (event: LlmEvent) => void;
  readonly logger?: Logger;
  /** The fetch every provider request goes through. Default `globalThis.fetch`. */
  readonly fetch?: typeof fetch;
  /** Jitter source in [0, 1). Default `Math.random`. */
  readonly random?: () => number;
  readonly now?: () => number;
}

const MIN_SECRET_LENGTH = 8;

/**
 * Creates the LLM engine from `[llm]`: one pi-ai provider per configured (or implied) provider,
 * keys read from the environment at request time, and every request routed through the engine's
 * retries, idle watchdog, total timeout and per-provider circuit breaker. No network at creation.
 */
export function createLlmEngine(options: LlmEngineOptions): LlmEngine {
  const { config } = options;
  const env = options.env ?? process.env;
  const logger = (options.logger ?? noopLogger).child({ component: 'llm' });
  const publish = options.publish ?? (() => undefined);
  const specs = buildProviderSpecs(config);
  const models = createModels();
  for (const spec of specs.values()) models.setProvider(toPiProvider(spec, env));
  for (const provider of options.providers ?? []) models.setProvider(provider);
  const breaker = createCircuitBreaker({
    threshold: config.breaker_failure_threshold,
    cooldownMs: config.breaker_cooldown_secs * 1000,
    ...(options.now ? { now: options.now } : {}),
    onChange: (provider, state) => {
      logger.warn({ provider, state }, 'llm circuit changed');
      publish({ type: 'llm-circuit-changed', provider, state });
    },
  });
  const settings: ResilienceSettings = {
    maxRetries: config.max_retries,
    backoff: { baseDelayMs: config.retry_base_delay_ms, maxDelayMs: config.retry_max_delay_secs * 1000 },
    idleTimeoutMs: config.idle_timeout_secs * 1000,
    totalTimeoutMs: config.request_timeout_secs * 1000,
  };
  const scrub = (text: string): string => {
    let clean = text;
    for (const spec of specs.values()) {
      const key = providerKey(spec, env);
      if (key.kind === 'key' && key.value.length >= MIN_SECRET_LENGTH)
        clean = clean.split(key.value).join('[redacted]');
    }
    return clean;
  };
  const dependencies: ResilienceDependencies = {
    breaker,
    fetch: options.fetch ?? globalThis.fetch,
    random: options.random ?? Math.random,
    scrub,
  };
  const resolution = {
    specs,
    models,
    env,
    defaultModel: config.default_model,
    configPath: options.configPath ?? 'config.toml',
  };

  const reporting = {
    logger,
    publish,
    recordUsage: options.recordUsage,
    now: options.now ?? Date.now,
  };
  const observe = (model: Model<Api>, request: LlmRequestOptions) => observeRequest(model, request, reporting);
  const piOptions = (request: LlmRequestOptions) => ({
    ...(request.maxTokens === undefined ? {} : { maxTokens: request.maxTokens }),
    ...(request.temperature === undefined ? {} : { temperature: request.temperature }),
    ...(request.sessionId === undefined ? {} : { sessionId: request.sessionId }),
  });

  const requestToEnd: StructuredRequester = (model, context, request) =>
    new ResultAsync(
      new Promise((resolve) => {
        let failure: KernelError | undefined;
        const base: ProviderStreamOptions = { ...piOptions(request), maxRetries: 0 };
        if (request.toolChoice !== undefined) base['toolChoice'] = request.toolChoice;
        const stream = streamResilient(
          model,
          ({ signal, fetch }) => models.stream(model, context, { ...base, signal, fetch }),
          settings,
          dependencies,
          observe(model, {
            ...request,
            onError: (error) => {
              failure = error;
              request.onError?.(error);
            },
          }),
        );
        void stream.result().then((message: AssistantMessage) => {
          resolve(failure === undefined ? ok(message) : err(failure));
        });
      }),
    );

  const engine: LlmEngine = {
    models,
    resolveModel: (reference) => resolveModel(reference, resolution),
    stream: (model, context: Context, request = {}) =>
      streamResilient(
        model,
        ({ signal, fetch }) =>
          models.streamSimple(model, context, { ...piOptions(request), maxRetries: 0, signal, fetch }),
        settings,
        dependencies,
        observe(model, request),
      ),
    streamFunction: (request = {}) => {
      const fixed = { ...piOptions(request), maxRetries: 0 };
      return (model, context, agentOptions) => {
        const signal =
          agentOptions?.signal !== undefined && request.signal !== undefined
            ? AbortSignal.any([agentOptions.signal, request.signal])
            : (agentOptions?.signal ?? request.signal);
        // One copy of the Agent's options per request; each attempt sets its own signal and fetch.
        const { apiKey: _apiKey, ...passed } = agentOptions ?? {};
        const options: SimpleStreamOptions = { ...passed, ...fixed };
        return streamResilient(
          model,
          (attempt) => {
            options.signal = attempt.signal;
            options.fetch = attempt.fetch;
            return models.streamSimple(model, context, options);
          },
          settings,
          dependencies,
          observe(model, { ...request, signal }),
        );
      };
    },
    complete: (request) =>
      resolveModel(request.model, resolution).asyncAndThen((model) =>
        requestToEnd(
          model,
          {
            ...(request.system === undefined ? {} : { systemPrompt: request.system }),
            messages: toPiMessages(request.messages, model),
          },
          request,
        ),
      ),
    completeStructured: (request) =>
      completeStructured((reference) => resolveModel(reference, resolution), requestToEnd, request),
    circuitState: (provider) => breaker.state(provider),
  };
  return engine;
}
