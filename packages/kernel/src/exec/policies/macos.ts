import type { ArgumentPolicy } from '../argument-policy.js';
import { confine, deny } from './rules.js';

const LAUNCHES = 'launches an application chosen by the caller';

/** macOS automation tools. */
export const MACOS_POLICIES: Readonly<Record<string, ArgumentPolicy>> = {
  osascript: {
    options: [deny('-e', 'runs inline AppleScript/JavaScript; `do shell script` runs any shell command')],
  },
  open: {
    abbreviations: true,
    options: [
      deny('-a', LAUNCHES),
      deny('-b', LAUNCHES),
      deny('--args', 'passes arguments to the launched application'),
      deny('--env', 'sets environment variables (e.g. DYLD_INSERT_LIBRARIES) of the launched application'),
      confine('--stdin', 'connects the application to that file'),
      confine('--stdout', 'connects the application to that file'),
      confine('--stderr', 'connects the application to that file'),
    ],
    patterns: [
      {
        target: 'positional',
        pattern:
          /\.(?:app|command|tool|terminal|workflow|action|scpt|scptd|applescript|sh|pkg|mpkg|prefpane|jar|url|webloc|fileloc|inetloc)\/?$/i,
        label: 'launches-program',
        reason: 'opening an application, script, installer or Terminal file launches or runs it',
      },
      {
        target: 'positional',
        pattern: /^(?!https?:)[a-z][a-z0-9+.-]*:/i,
        label: 'url-scheme',
        reason: 'URLs other than http(s) are handed to whichever application claims the scheme',
      },
    ],
  },
};
