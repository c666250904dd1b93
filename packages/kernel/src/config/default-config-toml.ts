/**
 * The commented `config.toml` written on first run. Every value equals the built-in default, so
 * the file documents the settings without changing behaviour (a test holds it to that).
 */
export const DEFAULT_CONFIG_TOML = `# Oxios configuration.
# Every value below is the built-in default; uncomment nothing, just edit what you need.
# Unknown keys are errors. Environment variables override this file:
#   OXIOS_HOME (where this file and all state live), OXIOS_HOST, OXIOS_PORT, OXIOS_TLS_CERT,
#   OXIOS_TLS_KEY, OXIOS_LOG_LEVEL.
# Check your edits with: oxios config validate

[server]
# Interface the HTTP API binds to. Keep loopback unless a reverse proxy with TLS sits in front.
host = "127.0.0.1"
# TCP port of the HTTP API and dashboard.
port = 4200
# HTTPS: set both to PEM files (or terminate TLS in a reverse proxy; see docs/operations.md).
# tls_cert = "/etc/oxios/cert.pem"
# tls_key = "/etc/oxios/key.pem"
# Browser origins allowed to call the API cross-origin. Empty: none (the dashboard is same-origin).
cors_origins = []
# Largest accepted request body, in bytes.
body_limit_bytes = 1048576
# Requests taking longer are answered 504 (event streams are exempt).
request_timeout_secs = 60
# Requests per minute per token (per client address when unauthenticated).
rate_limit_per_minute = 1200
# Failed authentications per minute per client address before answering 429.
auth_failures_per_minute = 20
# Trust X-Forwarded-For for the client address. Only behind your own reverse proxy.
trust_proxy = false
# Seconds a stop (SIGTERM, Ctrl-C) may take: the server stops accepting at once, in-flight requests
# and running messages may finish within this time, the rest are interrupted (their sessions become
# resumable: send any message to continue), then the process exits.
shutdown_grace_secs = 5

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

[exec]
# Host commands agents may run outside a sandbox: bare names, matched exactly. Shells (sh, bash,
# …), sudo and command runners (xargs, nohup, timeout, …) are always refused. Options that run
# code are refused per command (git -c, --upload-pack, …; see the kernel README).
allowlist = ["git"]
# Host environment variables a host command sees; every other variable is removed.
# LD_*, DYLD_*, NODE_OPTIONS, GIT_SSH_COMMAND, EDITOR and the like are never passed.
env_allowlist = ["HOME", "USER", "LOGNAME", "PATH", "LANG", "LC_ALL", "TERM"]
# Seconds a host command may run when it asks for no limit; it and its children are then killed.
default_timeout_secs = 60
# Largest limit a host command may ask for, in seconds.
max_timeout_secs = 600
# Bytes of stdout and of stderr kept per command; the rest is dropped and flagged as truncated.
max_output_bytes = 1048576
# Host tools checked at startup (found on PATH, version recorded); missing required tools are reported.
required_tools = ["git"]
optional_tools = ["gh", "jq", "rg", "curl"]
# Seconds a tool check is reused before it is run again.
probe_cache_secs = 300

[scheduler]
# Tasks running at once. The server also runs at most this many sessions' messages at once.
max_concurrent = 5
# Tasks waiting at once; a submit beyond it is refused with "overloaded". The server queues at
# most this many messages waiting for a session slot (then answers 503).
queue_limit = 10000
# Seconds a task may run before it is aborted (a task may set its own timeout).
default_task_timeout_secs = 300
# Waiting this many milliseconds raises a task by one priority level (low never starves).
aging_interval_ms = 60000

# Rate limits per LLM provider (none by default). Tasks name their provider and token estimate.
# [scheduler.rate_limits.anthropic]
# requests_per_minute = 50
# tokens_per_minute = 40000

[programs]
# Bundled programs installed on the first run. Uninstalling one later is remembered.
defaults = ["code-review", "debug", "refactor", "deploy"]
# Seconds a git clone of a program may take before it is killed.
git_timeout_secs = 120
# Seconds a tarball download may take.
download_timeout_secs = 120
# Largest tarball accepted (compressed), in bytes.
max_archive_bytes = 52428800
# Largest total size of a program's files once unpacked or copied, in bytes.
max_total_bytes = 104857600
# Largest single file in a program, in bytes.
max_file_bytes = 20971520
# Most files and folders a program may contain.
max_entries = 10000

[memory]
# Days a note is kept after its last update, per kind; 0 keeps it forever.
fact_retention_days = 0
knowledge_retention_days = 0
episode_retention_days = 90
# Largest note body, in bytes.
max_note_bytes = 65536
# Results a memory search returns when it asks for no limit.
search_limit = 10

[personas]
# The persona agents use unless a session picks its own (dev, review, research, or one you add
# under $OXIOS_HOME/personas/). A default chosen later through the API takes precedence.
default = "dev"
[access]
# Role of a user with no role assigned: "user", "superuser", "admin", or "none" (deny everything).
default_role = "user"
# Path globs denied to every user and agent (deny wins over any allow). Relative globs match
# inside the workspace, absolute ones ("/etc/**") the resolved real path.
denied_paths = ["**/.oxios{,/**}", "**/.oxi{,/**}", "**/.oxicode{,/**}", "**/.ssh{,/**}", "**/.gnupg{,/**}", "**/.aws{,/**}"]
# Audit entries kept; the oldest beyond this are deleted in the background. 0 keeps everything.
audit_retention = 100000
# Seconds between background sweeps (audit retention, approval expiry).
sweep_interval_secs = 60
# Seconds a pending approval waits for a human before it expires (and the action is denied).
approval_timeout_secs = 600
# What an agent needs a human's approval for: "action" or "action:resource", "*" matches any text.
require_approval = ["host-exec:*"]

[access.agent_defaults]
# A new agent's limits; its tools and paths come from its owner's role.
network = false
max_execution_secs = 300
max_memory_mb = 512
can_fork = false
# Extra globs new agents may not touch, and globs they may read but not write.
denied_paths = []
read_only_paths = ["**/.git/hooks{,/**}", "**/.git/config"]

[llm]
# The model agents use unless a persona or a request picks another: "<provider>/<model>".
# Keys come from the environment, never from this file: ANTHROPIC_API_KEY for "anthropic",
# OPENAI_API_KEY for "openai", or the variable a provider names with api_key_env.
default_model = "anthropic/claude-sonnet-4-5"
# Seconds one LLM request may take in all, retries and backoff included.
request_timeout_secs = 600
# Seconds a request may wait for its next stream event (the first one too) before it is retried.
idle_timeout_secs = 120
# Retries after a 429, a 5xx, a lost connection or a stalled stream (exponential backoff, jitter).
max_retries = 3
retry_base_delay_ms = 500
# Longest single backoff, in seconds; a provider asking to wait longer (retry-after) fails the request.
retry_max_delay_secs = 30
# After this many consecutive failures a provider's requests fail fast ("circuit-open") ...
breaker_failure_threshold = 5
# ... for this many seconds, then one trial request decides whether it closes again.
breaker_cooldown_secs = 30
# Bytes of a tool's output the model sees; the rest is cut with a note saying so.
tool_output_max_bytes = 65536
# Seconds a sandboxed command may run when it asks for no limit.
tool_timeout_secs = 120

# Caps on one agent run; reaching one stops the run with "budget-exceeded".
[llm.agent_budget]
max_turns = 50
max_wall_secs = 1800
max_tokens = 2000000
max_cost_usd = 5.0

# Caps on everything run for one session, summed over its agent runs.
[llm.session_budget]
max_turns = 500
max_wall_secs = 14400
max_tokens = 20000000
max_cost_usd = 25.0

# Providers. "anthropic" and "openai" exist without configuration (their catalogs are built in);
# add a table to change their URL or key variable, or to add an OpenAI-compatible server.
#
# [llm.providers.anthropic]
# kind = "anthropic"
# api_key_env = "ANTHROPIC_API_KEY"
#
# [llm.providers.ollama]
# kind = "openai-compatible"          # Ollama, vLLM, LM Studio, llama.cpp: Chat Completions
# base_url = "http://127.0.0.1:11434/v1"
# # api_key_env = "OLLAMA_API_KEY"    # omit for a server without keys
# [[llm.providers.ollama.models]]
# id = "qwen2.5-coder:7b"
# context_window = 32768
# max_tokens = 8192
# input_usd_per_mtok = 0.0
# output_usd_per_mtok = 0.0
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

[mcp]
# The user \`oxios mcp serve\` acts as: MCP hosts (desktop assistants, editors) get exactly this
# user's rights ([access] default_role unless a role was assigned to it).
serve_as = "mcp"
# Seconds a server may take to start and answer initialize and tools/list.
connect_timeout_secs = 30
# Seconds one tool call may take before it is cancelled (a server may set its own).
call_timeout_secs = 60
# A server that exits or fails to start is started again after a delay that doubles each time ...
reconnect_base_delay_ms = 500
reconnect_max_delay_secs = 30
# ... and given up ("failed") after this many failures in a row.
reconnect_max_attempts = 10

# MCP servers whose tools agents may use, named "mcp.<server>.<tool>" for roles and agent
# permissions (the default "user" role has none; grant e.g. "mcp.github.*"). A server sees only
# the variables below plus inherit_env; env values are secrets and never shown, logged or sent.
# [mcp.servers.github]
# command = "github-mcp-server"        # a bare name on the server's PATH, or an absolute path; no shells
# args = ["stdio"]
# env = { GITHUB_PERSONAL_ACCESS_TOKEN = "..." }
# inherit_env = ["PATH", "HOME"]       # host variables it inherits (the default)
# cwd = "/srv/github"                  # default: OXIOS_HOME
# enabled = true
# call_timeout_secs = 120

[a2a]
# The public agent card (GET /.well-known/agent-card.json) names and describes this server.
name = "Oxios"
description = "A spec-first agent operating system: it interviews, writes a seed with acceptance criteria, runs an agent in a sandbox and verifies the result."
# The server's public URL for the card, when it sits behind a proxy; default: the URL the card was fetched from.
# public_url = "https://oxios.example.com"
# Longest an agent waits for a task it delegated to another agent (also the child's time limit).
delegation_timeout_secs = 600
# How deep delegations nest (an agent, its delegate, the delegate's delegate): 1 forbids delegating.
max_depth = 3
# Messages waiting in one agent's A2A inbox; more are refused.
inbox_limit = 100
`;
