/**
 * The commented `config.toml` written on first run. Every value equals the built-in default, so
 * the file documents the settings without changing behaviour (a test holds it to that).
 */
export const DEFAULT_CONFIG_TOML = `# Oxios configuration.
# Every value below is the built-in default; uncomment nothing, just edit what you need.
# Unknown keys are errors. Environment variables override this file:
#   OXIOS_HOME (where this file and all state live), OXIOS_HOST, OXIOS_PORT, OXIOS_LOG_LEVEL.
# Check your edits with: oxios config validate

[server]
# Interface the HTTP API binds to. Keep loopback unless a reverse proxy with TLS sits in front.
host = "127.0.0.1"
# TCP port of the HTTP API and dashboard.
port = 4200

[log]
# One of: fatal, error, warn, info, debug, trace, silent.
level = "info"

[events]
# Events buffered per subscriber; a slower subscriber loses the oldest and is told how many.
subscriber_buffer = 1024
# Recent events kept so a reconnecting subscriber can resume from the last id it saw.
history = 1024

[context]
# Tokens kept in the active tier (in the model's context) before the least recently used move to the cache.
active_limit_tokens = 100000
# Entries kept in the cache tier before the least recently used are archived, compressed, in the database.
cache_limit_entries = 50
# Fraction of a model's context window at which a transcript is compacted into a summary.
compaction_threshold = 0.8

[scheduler]
# Tasks running at once.
max_concurrent = 5
# Tasks waiting at once; a submit beyond it is refused with "overloaded".
queue_limit = 10000
# Seconds a task may run before it is aborted (a task may set its own timeout).
default_task_timeout_secs = 300
# Waiting this many milliseconds raises a task by one priority level (low never starves).
aging_interval_ms = 60000

# Rate limits per LLM provider (none by default). Tasks name their provider and token estimate.
# [scheduler.rate_limits.anthropic]
# requests_per_minute = 50
# tokens_per_minute = 40000
`;
