import { UsageQuerySchema, UsageSchema } from '@oxios/sdk-client';
import { err } from 'neverthrow';
import type { ServerDeps } from '../deps.js';
import { hasRole } from '../http/caller.js';
import { defineRoute } from '../http/define-route.js';
import { requireOwner } from '../http/ownership.js';

/** LLM usage and cost. Users see their own sessions only; admins see everything. */
export function usageRoutes(deps: ServerDeps) {
  const { usage, sessions } = deps.kernel;
  return [
    defineRoute({
      method: 'GET',
      path: '/api/usage',
      access: 'user',
      summary: 'Token and cost totals, and per model (users: their own sessions)',
      tags: ['usage'],
      query: UsageQuerySchema,
      response: UsageSchema,
      handler: ({ query, caller }) => {
        const admin = caller !== undefined && hasRole(caller.role, 'admin');
        if (query.sessionId !== undefined) {
          const id = query.sessionId;
          const owned = sessions.get(id).andThen((session) => requireOwner(caller, session.userId, 'session', id, id));
          if (owned.isErr()) return err(owned.error);
        }
        const filter = {
          ...(query.sessionId === undefined ? {} : { sessionId: query.sessionId }),
          ...(admin || query.sessionId !== undefined ? {} : { userId: caller?.userName ?? '' }),
          ...(query.since === undefined ? {} : { since: Date.parse(query.since) }),
        };
        return usage
          .totals(filter)
          .andThen((totals) =>
            usage.byModel(filter).map((byModel) => ({ totals, byModel: byModel.map((model) => ({ ...model })) })),
          );
      },
    }),
  ];
}
