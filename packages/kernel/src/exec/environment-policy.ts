/** The host variables a host command sees by default (values are inherited from the host). */
export const DEFAULT_ENV_ALLOWLIST: readonly string[] = ['HOME', 'USER', 'LOGNAME', 'PATH', 'LANG', 'LC_ALL', 'TERM'];

const DENIED_PREFIXES = ['LD_', 'DYLD_', 'BASH_FUNC_', 'GIT_CONFIG', 'NPM_CONFIG_'];

const DENIED_NAMES = new Set([
  'NODE_OPTIONS', 'NODE_PATH', 'PYTHONPATH', 'PYTHONSTARTUP', 'PYTHONHOME', 'PYTHONINSPECT',
  'PERL5OPT', 'PERL5LIB', 'PERLLIB', 'RUBYOPT', 'RUBYLIB', 'BASH_ENV', 'ENV', 'SHELLOPTS', 'PS4',
  'PROMPT_COMMAND', 'IFS', 'GIT_SSH', 'GIT_SSH_COMMAND', 'GIT_EXTERNAL_DIFF', 'GIT_PAGER',
  'GIT_EDITOR', 'GIT_SEQUENCE_EDITOR', 'GIT_ASKPASS', 'GIT_EXEC_PATH', 'GIT_PROXY_COMMAND',
  'GIT_TEMPLATE_DIR', 'GIT_DIR', 'GIT_WORK_TREE', 'SSH_ASKPASS', 'EDITOR', 'VISUAL', 'PAGER',
  'MANPAGER', 'BROWSER', 'JAVA_TOOL_OPTIONS', '_JAVA_OPTIONS', 'JDK_JAVA_OPTIONS', 'CURL_HOME',
  'OPENSSL_CONF', 'OPENSSL_ENGINES', 'GCONV_PATH', 'LOCPATH', 'NLSPATH', 'HOSTALIASES',
]); // prettier-ignore

/**
 * True for variables that make a program load code or run another program (`LD_PRELOAD`,
 * `DYLD_*`, `NODE_OPTIONS`, `GIT_SSH_COMMAND`, `EDITOR`, …). They never reach a host command,
 * even when allowlisted; config validation refuses them. Compared case-insensitively.
 */
export function isDeniedEnvironmentVariable(name: string): boolean {
  const upper = name.toUpperCase();
  return DENIED_NAMES.has(upper) || DENIED_PREFIXES.some((prefix) => upper.startsWith(prefix));
}
