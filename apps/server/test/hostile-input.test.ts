import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { createBwrapBackend } from '@oxios/container-bwrap';
import {
  CONTAINER_NAME_PATTERN as KERNEL_CONTAINER_NAME_PATTERN,
  MEMORY_NOTE_ID_RULE,
  PERSONA_ID_RULE,
  PROGRAM_NAME_RULE,
  SESSION_ID_PATTERN,
  SKILL_NAME_RULE,
} from '@oxios/kernel';
import {
  A2aResponseSchema,
  CONTAINER_NAME_PATTERN,
  ErrorBodySchema,
  IdSchema,
  SEED_ID_PATTERN,
  SLUG_NAME_PATTERN,
} from '@oxios/sdk-client';
import { describe, expect, it } from 'vitest';
import { allRoutes } from '../src/app.js';
import type { AnyRoute } from '../src/http/define-route.js';
import { createFuzzer, POLLUTION_KEYS } from './create-fuzzer.js';
import { createTestServer } from './helpers.js';
import { snapshotTree } from './snapshot-tree.js';
import { TRAVERSAL_VECTORS } from './traversal-vectors.js';

const LIFTED_LIMITS = '[server]\nrate_limit_per_minute = 1000000\nauth_failures_per_minute = 10000\n';
const bwrap = { containerBackends: { bwrap: () => createBwrapBackend({ hide: [] }) } };
const parametersOf = (path: string) => [...path.matchAll(/:([A-Za-z]+)/g)].map((match) => match[1] ?? '');
const withParameters = (path: string, value: (name: string) => string) =>
  path.replace(/:([A-Za-z]+)/g, (_, name: string) => value(name));

function schemaKeys(schema: unknown): string[] {
  const candidate = schema as { shape?: Record<string, unknown>; options?: readonly unknown[] } | undefined;
  if (candidate?.shape !== undefined) return Object.keys(candidate.shape);
  if (candidate?.options !== undefined) return [...new Set(candidate.options.flatMap(schemaKeys))];
  return [];
}

async function errorShapeProblem(response: Response): Promise<string | undefined> {
  const text = await response.text();
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return `not JSON: ${text.slice(0, 80)}`;
  }
  return ErrorBodySchema.safeParse(parsed).success ? undefined : `not the error shape: ${text.slice(0, 80)}`;
}

describe('path parameters', () => {
  it("are validated by the kernel's own naming rules on every route that has them", () => {
    expect(SLUG_NAME_PATTERN.source).toBe(PROGRAM_NAME_RULE.pattern.source);
    expect(SLUG_NAME_PATTERN.source).toBe(SKILL_NAME_RULE.pattern.source);
    expect(SLUG_NAME_PATTERN.source).toBe(PERSONA_ID_RULE.pattern.source);
    expect(SLUG_NAME_PATTERN.source).toBe(MEMORY_NOTE_ID_RULE.pattern.source);
    expect(CONTAINER_NAME_PATTERN.source).toBe(KERNEL_CONTAINER_NAME_PATTERN.source);
    for (const candidate of ['abc', 'A-b_9', '-x', '..', 'a/b', 'x'.repeat(64), 'x'.repeat(65), 'a\u0000', ''])
      expect(IdSchema.safeParse(candidate).success, candidate).toBe(SESSION_ID_PATTERN.test(candidate));
    expect(SEED_ID_PATTERN.test('seed_0123456789ab')).toBe(true);
  });

  it('every route with a path parameter declares a params schema', async () => {
    await using server = await createTestServer();
    const routes = allRoutes(server.deps).filter((route) => route.path.includes('/:'));
    expect(routes.length).toBeGreaterThanOrEqual(30);
    expect(routes.filter((route) => route.params === undefined).map((route) => route.path)).toEqual([]);
  });

  it('Traversal vectors on every path parameter are refused with 400/404 and touch nothing on disk', async () => {
    const sentinel = mkdtempSync(join(tmpdir(), 'oxios-sentinel-'));
    try {
      writeFileSync(join(sentinel, 'victim.txt'), 'do not touch\n');
      mkdirSync(join(sentinel, 'nested'));
      writeFileSync(join(sentinel, 'nested', 'secret.txt'), 'secret\n');
      symlinkSync('/etc/passwd', join(sentinel, 'link'));
      const before = snapshotTree(sentinel);
      await using server = await createTestServer(LIFTED_LIMITS, {}, bwrap);
      const routes = allRoutes(server.deps).filter((route) => route.path.includes('/:'));
      const vectors = TRAVERSAL_VECTORS.map((vector) =>
        vector.replaceAll('{sentinel}', encodeURIComponent(sentinel)).replaceAll('{sentinelName}', basename(sentinel)),
      );
      const failures: string[] = [];
      let sent = 0;
      for (const route of routes) {
        for (const parameter of parametersOf(route.path)) {
          for (const vector of vectors) {
            const path = withParameters(route.path, (name) => (name === parameter ? vector : 'x1'));
            const response = await server.request(path, {
              method: route.method,
              ...(route.body ? { headers: { 'content-type': 'application/json' }, body: '{}' } : {}),
            });
            sent += 1;
            if (response.status !== 400 && response.status !== 404)
              failures.push(`${route.method} ${path} → ${response.status}`);
            else {
              const problem = await errorShapeProblem(response);
              if (problem !== undefined) failures.push(`${route.method} ${path}: ${problem}`);
            }
          }
        }
      }
      expect(failures).toEqual([]);
      expect(sent).toBeGreaterThanOrEqual(routes.length * vectors.length);
      expect(snapshotTree(sentinel)).toEqual(before);
    } finally {
      rmSync(sentinel, { recursive: true, force: true });
    }
  });
});

describe('fuzzing', () => {
  it('A fuzz test sends ≥ 2,000 generated bodies across routes: no 5xx, every 4xx has the error shape', async () => {
    const seed = Number(process.env.OXIOS_FUZZ_SEED ?? 20_260_101);
    const fuzzer = createFuzzer(seed);
    await using server = await createTestServer(LIFTED_LIMITS, {}, bwrap);
    const routes = allRoutes(server.deps).filter(
      (route) => route.path.startsWith('/api/') && route.path !== '/api/events',
    );
    // Routes that read their own body (A2A JSON-RPC) are fuzzed too; they answer 200 with a JSON-RPC error.
    const bodyRoutes = routes.filter((route) => route.body !== undefined || route.rawBody !== undefined);
    const queryRoutes = routes.filter((route) => route.query !== undefined && route.method === 'GET');
    expect(bodyRoutes.length).toBeGreaterThanOrEqual(20);
    const failures: string[] = [];
    const statuses = new Map<number, number>();
    let rawAnswers = 0;
    const check = async (route: AnyRoute, path: string, init: RequestInit, shown: string) => {
      const response = await server.request(path, { method: route.method, ...init });
      statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
      if (response.status >= 500)
        failures.push(`${route.method} ${path} ${shown} → ${response.status} ${await response.text()}`);
      else if (route.rawBody !== undefined && response.status === 200) {
        if (!A2aResponseSchema.safeParse(await response.json()).success)
          failures.push(`${route.method} ${path} ${shown}: not a JSON-RPC response`);
        rawAnswers += 1;
      } else if (response.status >= 400) {
        const problem = await errorShapeProblem(response);
        if (problem !== undefined) failures.push(`${route.method} ${path} ${shown}: ${problem}`);
      }
    };
    let bodies = 0;
    const perRoute = Math.ceil(2_100 / bodyRoutes.length);
    for (const route of bodyRoutes) {
      const keys = schemaKeys(route.body ?? route.rawBody);
      const path = withParameters(route.path, () => 'x1');
      for (let index = 0; index < perRoute; index += 1) {
        const roll = fuzzer.int(100);
        const depth = 10_000 + fuzzer.int(90_000);
        const text =
          roll < 3
            ? '{"unterminated": '
            : roll < 5
              ? '\u0000\u0001'
              : roll < 7
                ? `${'['.repeat(depth)}${']'.repeat(depth)}` // nesting deeper than any recursive walker survives
                : route.rawBody !== undefined && roll < 60
                  ? // A well-formed JSON-RPC envelope, so the fuzz reaches each method's params validation.
                    JSON.stringify({
                      jsonrpc: '2.0',
                      id: index,
                      method: ['message/send', 'tasks/get', 'tasks/cancel'][fuzzer.int(3)],
                      params: fuzzer.body(['message', 'id', 'configuration', 'historyLength', 'metadata']),
                    })
                  : JSON.stringify(fuzzer.body(keys));
        const type = roll === 99 ? 'text/plain' : 'application/json';
        await check(route, path, { headers: { 'content-type': type }, body: text }, `(seed ${seed}, body ${bodies})`);
        bodies += 1;
      }
    }
    let queries = 0;
    for (const route of queryRoutes) {
      const keys = schemaKeys(route.query);
      for (let index = 0; index < 30; index += 1) {
        const path = `${withParameters(route.path, () => 'x1')}?${fuzzer.query(keys)}`;
        await check(route, path, {}, `(seed ${seed}, query ${queries})`);
        queries += 1;
      }
    }
    expect(failures).toEqual([]);
    expect(bodies).toBeGreaterThanOrEqual(2_000);
    expect(bodyRoutes.map((route) => route.path)).toContain('/api/a2a');
    expect(rawAnswers).toBeGreaterThan(0);
    // Some generated bodies are valid enough to reach the handlers, not only the validators.
    expect([...statuses].filter(([status]) => status < 300).length).toBeGreaterThan(0);
    expect(queries).toBeGreaterThanOrEqual(300);
    // Nothing reached a prototype.
    const probe: Record<string, unknown> = {};
    expect([probe.polluted, probe.isAdmin]).toEqual([undefined, undefined]);
    expect(POLLUTION_KEYS.every((key) => key in Object.prototype || key === 'prototype')).toBe(true);
    // The server still answers normally.
    expect((await server.request('/api/status')).status).toBe(200);
  }, 600_000);
});
