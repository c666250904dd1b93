import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createEvaluationRepository, createSeedRepository } from '@oxios/kernel';
import { createSeed, type Seed } from '@oxios/ouroboros';
import { describe, expect, it } from 'vitest';
import { json, tokenFor } from './fixtures.js';
import { createTestServer, type TestServer } from './helpers.js';

function seed(id: string, generation: number, parentId: string | null): Seed {
  return createSeed(
    {
      goal: 'Write hello.txt containing hello',
      taskType: 'code',
      brownfield: false,
      constraints: [],
      acceptanceCriteria: [
        { description: 'hello.txt says hello', verify: ['cat', 'hello.txt'], expectedArtifacts: [] },
      ],
      ontology: { name: 'Greeting', description: 'a file', fields: [] },
      evaluationPrinciples: [],
      exitConditions: [],
    },
    {
      id,
      generation,
      parentId,
      createdAt: `2026-01-0${generation}T00:00:00.000Z`,
      gate: { ambiguity: 0.1, threshold: 0.2, forced: false, reason: null },
    },
  )._unsafeUnwrap();
}

async function sessionOf(server: TestServer, token: string): Promise<string> {
  const response = await server.request('/api/sessions', { method: 'POST', token, ...json({}) });
  return ((await response.json()) as { id: string }).id;
}

describe('seeds API', () => {
  it("serves a session's seeds, lineage and evaluations to its owner only", async () => {
    await using server = await createTestServer();
    const bob = tokenFor(server, 'bob', 'user');
    const annSession = await sessionOf(server, server.userToken);
    const bobSession = await sessionOf(server, bob);
    const seeds = createSeedRepository(server.store);
    seeds.save(seed('seed_first', 1, null), { sessionId: annSession })._unsafeUnwrap();
    seeds.save(seed('seed_second', 2, 'seed_first'), { sessionId: annSession })._unsafeUnwrap();
    seeds.save(seed('seed_bobs', 1, null), { sessionId: bobSession })._unsafeUnwrap();
    const summary = { seedId: 'seed_first', generation: 1, criteria: [], approved: false, score: 0.4, unresolved: [] };
    createEvaluationRepository(server.store).save(summary, { sessionId: annSession })._unsafeUnwrap();
    seeds
      .recordRun('seed_first', { at: '2026-01-01T01:00:00.000Z', passed: false, score: 0.4, durationMs: 5 })
      ._unsafeUnwrap();

    const mine = (await (await server.request('/api/seeds', { token: server.userToken })).json()) as {
      items: { seed: { id: string } }[];
    };
    expect(mine.items.map((item) => item.seed.id)).toEqual(['seed_second', 'seed_first']);
    expect((await server.request(`/api/seeds?sessionId=${bobSession}`, { token: server.userToken })).status).toBe(404);
    const everyone = (await (await server.request('/api/seeds')).json()) as { items: unknown[] };
    expect(everyone.items).toHaveLength(3);

    const lineage = (await (
      await server.request('/api/seeds/seed_second/lineage', { token: server.userToken })
    ).json()) as {
      items: { seed: { id: string }; execution: { runs: number }; evaluation: { score: number } | null }[];
    };
    expect(lineage.items.map((item) => [item.seed.id, item.execution.runs, item.evaluation?.score ?? null])).toEqual([
      ['seed_first', 1, 0.4],
      ['seed_second', 0, null],
    ]);
    const evaluations = (await (
      await server.request('/api/seeds/seed_first/evaluations', { token: server.userToken })
    ).json()) as { items: { approved: boolean; summary: { seedId: string } }[] };
    expect(evaluations.items).toEqual([
      expect.objectContaining({ approved: false, summary: expect.objectContaining(summary) }),
    ]);
    for (const path of ['/api/seeds/seed_first', '/api/seeds/seed_first/lineage', '/api/seeds/seed_first/evaluations'])
      expect((await server.request(path, { token: bob })).status, path).toBe(404);
    expect((await server.request('/api/seeds/seed_missing', { token: server.userToken })).status).toBe(404);
  });
});

describe('usage API', () => {
  it("sums usage by model, a user's own sessions only, and since a time", async () => {
    await using server = await createTestServer();
    const bob = tokenFor(server, 'bob', 'user');
    const annSession = await sessionOf(server, server.userToken);
    const bobSession = await sessionOf(server, bob);
    const record = (sessionId: string, at: number, costUsd: number) => {
      server.kernel.usage
        .record({
          at,
          sessionId,
          agentId: null,
          provider: 'anthropic',
          model: 'claude-sonnet-4-5',
          inputTokens: 10,
          outputTokens: 5,
          cacheReadTokens: 0,
          cacheWriteTokens: 0,
          costUsd,
        })
        ._unsafeUnwrap();
    };
    record(annSession, Date.parse('2026-01-01T00:00:00Z'), 1);
    record(annSession, Date.parse('2026-02-01T00:00:00Z'), 2);
    record(bobSession, Date.parse('2026-02-01T00:00:00Z'), 4);
    const usage = async (query: string, token?: string) =>
      (await (await server.request(`/api/usage${query}`, token === undefined ? {} : { token })).json()) as {
        totals: { requests: number; costUsd: number };
        byModel: { model: string; costUsd: number }[];
      };
    expect((await usage('', server.userToken)).totals).toMatchObject({ requests: 2, costUsd: 3 });
    expect((await usage('?since=2026-01-15T00:00:00Z', server.userToken)).totals).toMatchObject({ costUsd: 2 });
    expect((await usage('')).byModel).toEqual([expect.objectContaining({ model: 'claude-sonnet-4-5', costUsd: 7 })]);
    expect((await usage(`?sessionId=${bobSession}`)).totals.costUsd).toBe(4);
    expect((await server.request(`/api/usage?sessionId=${bobSession}`, { token: server.userToken })).status).toBe(404);
    expect((await server.request('/api/usage?since=yesterday', { token: server.userToken })).status).toBe(400);
  });
});

describe('workspace files API', () => {
  it('writes, lists and reads files of your own session, confined to its workspace', async () => {
    await using server = await createTestServer();
    const bob = tokenFor(server, 'bob', 'user');
    const session = await sessionOf(server, server.userToken);
    const base = `/api/sessions/${session}/files`;
    expect((await server.request(base, { token: server.userToken })).status).toBe(404);
    const written = await server.request(`${base}/content?path=src/hello.txt`, {
      method: 'PUT',
      token: server.userToken,
      ...json({ content: 'hello\n' }),
    });
    expect(await written.json()).toEqual({ path: 'src/hello.txt', size: 6 });
    const tree = (await (await server.request(`${base}?path=src`, { token: server.userToken })).json()) as {
      entries: { name: string; type: string; size: number }[];
    };
    expect(tree.entries).toEqual([expect.objectContaining({ name: 'hello.txt', type: 'file', size: 6 })]);
    const read = await server.request(`${base}/content?path=src/hello.txt`, { token: server.userToken });
    expect(await read.json()).toEqual({ path: 'src/hello.txt', size: 6, encoding: 'utf-8', content: 'hello\n' });
    const binary = await server.request(`${base}/content?path=b.bin`, {
      method: 'PUT',
      token: server.userToken,
      ...json({ content: Buffer.from([0xff, 0x00, 0xfe]).toString('base64'), encoding: 'base64' }),
    });
    expect(binary.status).toBe(200);
    expect(
      await (await server.request(`${base}/content?path=b.bin`, { token: server.userToken })).json(),
    ).toMatchObject({
      encoding: 'base64',
      content: '/wD+',
    });
    // Others' sessions are invisible; paths outside the workspace are refused by the path policy.
    expect((await server.request(`${base}/content?path=src/hello.txt`, { token: bob })).status).toBe(404);
    const outside = join(server.home.path, 'outside');
    mkdirSync(outside);
    writeFileSync(join(outside, 'secret.txt'), 'secret');
    for (const path of ['../../outside/secret.txt', '/etc/passwd', '%2e%2e/x', '../../config.toml']) {
      const put = await server.request(`${base}/content?path=${encodeURIComponent(path)}`, {
        method: 'PUT',
        token: server.userToken,
        ...json({ content: 'pwned' }),
      });
      expect(put.status, path).toBe(403);
      expect(((await put.json()) as { error: { code: string } }).error.code).toBe('path-denied');
      const get = await server.request(`${base}/content?path=${encodeURIComponent(path)}`, { token: server.userToken });
      expect(get.status, path).toBe(403);
    }
    expect(readFileSync(join(outside, 'secret.txt'), 'utf8')).toBe('secret');
    const big = await server.request(`${base}/content?path=big.txt`, {
      method: 'PUT',
      token: server.userToken,
      ...json({ content: 'x'.repeat(1_048_577) }),
    });
    expect([400, 413]).toContain(big.status);
  });
});

describe('host tools and container probe', () => {
  it('probes the configured host tools for superusers, and says what the sandbox enforces', async () => {
    await using server = await createTestServer(
      '[exec]\nrequired_tools = ["node"]\noptional_tools = ["no-such-tool-x"]\n',
    );
    const sam = tokenFor(server, 'sam', 'superuser');
    expect((await server.request('/api/host-tools', { token: server.userToken })).status).toBe(403);
    const report = (await (await server.request('/api/host-tools', { token: sam })).json()) as {
      tools: { name: string; available: boolean }[];
      ok: boolean;
    };
    expect(report.tools.map((tool) => [tool.name, tool.available])).toEqual([
      ['node', true],
      ['no-such-tool-x', false],
    ]);
    expect(report.ok).toBe(true);
    const probe = (await (await server.request('/api/containers/probe', { token: server.userToken })).json()) as {
      available: boolean;
      reason: string;
    };
    expect(probe.available).toBe(false);
    expect(probe.reason.length).toBeGreaterThan(0);
    expect(await (await server.request('/api/containers', { token: server.userToken })).json()).toEqual({ items: [] });
    const create = await server.request('/api/containers', { method: 'POST', token: sam, ...json({ name: 'box' }) });
    expect(create.status).toBe(503);
  });
});
