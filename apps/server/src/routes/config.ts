import { renameSync, writeFileSync } from 'node:fs';
import { redactSecrets, validateConfig, type ConfigFile } from '@oxios/kernel';
import { ConfigUpdateRequestSchema, ConfigUpdateResponseSchema, ConfigViewSchema } from '@oxios/sdk-client';
import { err, ok } from 'neverthrow';
import { stringify } from 'smol-toml';
import { ioError } from '@oxios/kernel';
import type { ServerDeps } from '../deps.js';
import { defineRoute } from '../http/define-route.js';
import { restoreRedacted } from '../http/restore-redacted.js';

/** Settings the running server applies without a restart (others take effect on the next start). */
const LIVE_KEYS = new Set<string>([]);

function changedKeys(before: Record<string, unknown>, after: Record<string, unknown>, prefix = ''): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  const changed: string[] = [];
  for (const key of keys) {
    const path = prefix ? `${prefix}.${key}` : key;
    const left = before[key];
    const right = after[key];
    const isTable = (value: unknown) => typeof value === 'object' && value !== null && !Array.isArray(value);
    if (isTable(left) && isTable(right))
      changed.push(...changedKeys(left as Record<string, unknown>, right as Record<string, unknown>, path));
    else if (JSON.stringify(left) !== JSON.stringify(right)) changed.push(path);
  }
  return changed;
}

/** `GET /api/config` (redacted) and `PUT /api/config` (validated, written atomically): admin only. */
export function configRoutes(deps: ServerDeps) {
  const { home, configPath, ...current } = deps.config;
  let effective: ConfigFile = current;
  return [
    defineRoute({
      method: 'GET',
      path: '/api/config',
      access: 'admin',
      summary: 'The effective configuration, secrets redacted',
      tags: ['config'],
      response: ConfigViewSchema,
      handler: () => ok({ home, configPath, config: redactSecrets(effective) }),
    }),
    defineRoute({
      method: 'PUT',
      path: '/api/config',
      access: 'admin',
      summary:
        'Replace config.toml with a validated configuration (`[redacted]` keeps the current secret); says which changes need a restart',
      tags: ['config'],
      body: ConfigUpdateRequestSchema,
      response: ConfigUpdateResponseSchema,
      handler: ({ body }) =>
        validateConfig(restoreRedacted(body.config, effective), 'request body').andThen((next) => {
          const changed = changedKeys(effective, next);
          const temporary = `${configPath}.${process.pid}.tmp`;
          try {
            writeFileSync(
              temporary,
              `# Written by PUT /api/config. Check it with: oxios config validate\n\n${stringify(next)}\n`,
              { mode: 0o600 },
            );
            renameSync(temporary, configPath);
          } catch (error) {
            return err(ioError('write', configPath, error));
          }
          effective = next;
          const appliedLive = changed.filter((key) => LIVE_KEYS.has(key));
          return ok({ changed, appliedLive, restartRequired: appliedLive.length < changed.length });
        }),
    }),
  ];
}
