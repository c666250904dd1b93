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
`;
