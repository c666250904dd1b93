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

[container]
# Where agent commands run: "auto" (apple on macOS, bwrap on Linux), "apple", "bwrap", or "host".
# "host" runs commands as plain host processes with no isolation and needs allow_host = true.
backend = "auto"
allow_host = false
# Image new containers start from; "default" lets the backend choose (bwrap: the host's system
# directories, read-only; apple: docker.io/library/debian:bookworm-slim).
image = "default"
# Limits per container (cpus, memory_mb, pids) and per process (the rest). \`oxios doctor\` shows
# which ones the backend on this machine actually enforces.
cpus = 2
memory_mb = 2048
pids = 512
file_size_mb = 1024
open_files = 1024
cpu_seconds = 600
# Virtual address space per process in MiB; 0 sets no limit.
address_space_mb = 0
# Whether new containers get network access; each command then also needs the network permission.
network = false
# Wall-clock limit of one command; the whole sandbox is killed when it is exceeded.
exec_timeout_secs = 300
# Output kept per stream (stdout, stderr) of one command; the rest is dropped.
max_output_bytes = 1048576
`;
