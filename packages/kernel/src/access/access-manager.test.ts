import { mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAccessFixture, type AccessFixture } from './test-setup.js';

describe('createAccessManager', () => {
  let fixture: AccessFixture;
  beforeEach(() => {
    fixture = createAccessFixture();
  });
  afterEach(() => {
    fixture.dispose();
  });

  describe('tools', () => {
    it('gives a user without an assignment the default role, whose policy is actually evaluated', () => {
      expect(fixture.access.roleOf('user:ada')._unsafeUnwrap()).toBe('user');
      expect(fixture.access.checkTool('user:ada', 'read')._unsafeUnwrap().rule).toBe('allow:role:user:read');
    });

    it('does not let a user role use a tool outside its policy', () => {
      expect(fixture.access.checkTool('user:ada', 'host_exec')._unsafeUnwrapErr()).toMatchObject({
        code: 'permission-denied',
        subject: 'user:ada',
        action: 'use-tool',
        resource: 'host_exec',
      });
    });

    it('evaluates "*" as every tool for superusers and admins', () => {
      fixture.access.assignRole('user:sue', 'superuser', { by: 'system' })._unsafeUnwrap();
      expect(fixture.access.checkTool('user:sue', 'anything_at_all')._unsafeUnwrap().rule).toBe(
        'allow:role:superuser:*',
      );
    });

    it('lets deny win over allow in the same role', () => {
      const manager = createAccessFixture({
        policies: {
          user: {
            role: 'user',
            tools: ['*'],
            deniedTools: ['bash'],
            paths: ['**'],
            deniedPaths: [],
            manage: [],
            maxConcurrentAgents: 1,
          },
        },
      });
      expect(manager.access.checkTool('user:ada', 'grep').isOk()).toBe(true);
      expect(manager.access.checkTool('user:ada', 'BASH')._unsafeUnwrapErr().message).toContain('denies "bash"');
      manager.dispose();
    });

    it("intersects an agent's tools with its owner's role: an agent cannot exceed its owner", () => {
      const { access } = fixture;
      access
        .createPermissions('a1', { owner: 'user:ada', by: 'system', overrides: { allowedTools: ['*'] } })
        ._unsafeUnwrap();
      expect(access.checkTool('agent:a1', 'grep').isOk()).toBe(true);
      expect(access.checkTool('agent:a1', 'host_exec')._unsafeUnwrapErr().message).toContain(
        "not in the user role's tools",
      );
    });

    it("lets an agent's denied tool win over its allowed tools", () => {
      const { access } = fixture;
      access
        .createPermissions('a2', { owner: 'user:ada', by: 'system', overrides: { deniedTools: ['bash'] } })
        ._unsafeUnwrap();
      expect(access.checkTool('agent:a2', 'read').isOk()).toBe(true);
      expect(access.checkTool('agent:a2', 'bash')._unsafeUnwrapErr().message).toContain("the agent's permissions deny");
    });

    it('denies an agent that has no permissions, an invalid subject and an invalid tool name', () => {
      expect(fixture.access.checkTool('agent:ghost', 'read')._unsafeUnwrapErr().message).toContain('no permissions');
      expect(fixture.access.checkTool('user:../../x', 'read')._unsafeUnwrapErr().code).toBe('permission-denied');
      expect(fixture.access.checkTool('user:ada', 'read/../bash')._unsafeUnwrapErr().message).toContain(
        'not a valid tool name',
      );
    });

    it('denies everyone when default_role is "none" until a role is assigned', () => {
      const locked = createAccessFixture({ access: { default_role: 'none' } });
      expect(locked.access.checkTool('user:ada', 'read')._unsafeUnwrapErr().message).toContain('no role');
      locked.access.assignRole('user:ada', 'user', { by: 'system' })._unsafeUnwrap();
      expect(locked.access.checkTool('user:ada', 'read').isOk()).toBe(true);
      locked.dispose();
    });
  });

  describe('roles and permissions', () => {
    it('persists role assignments and applies them at once', () => {
      const { access } = fixture;
      expect(access.checkAction('user:bob', 'view-audit').isErr()).toBe(true);
      expect(access.assignRole('user:bob', 'admin', { by: 'system' })._unsafeUnwrap()).toMatchObject({
        role: 'admin',
        assignedBy: 'system',
      });
      expect(access.checkAction('user:bob', 'view-audit').isOk()).toBe(true);
      fixture.restart();
      expect(fixture.access.roleOf('user:bob')._unsafeUnwrap()).toBe('admin');
      expect(fixture.access.revokeRole('user:bob', { by: 'user:bob' })._unsafeUnwrap()).toBe(true);
      expect(fixture.access.roleOf('user:bob')._unsafeUnwrap()).toBe('user');
    });

    it('lets only manage-roles holders assign roles, so a user cannot promote themselves', () => {
      expect(fixture.access.assignRole('user:ada', 'admin', { by: 'user:ada' })._unsafeUnwrapErr()).toMatchObject({
        code: 'permission-denied',
        action: 'role-assign',
      });
      expect(fixture.access.roleOf('user:ada')._unsafeUnwrap()).toBe('user');
    });

    it("derives a new agent's permissions from its owner's role and the configured agent defaults", () => {
      const permissions = fixture.access.createPermissions('a3', { owner: 'user:ada', by: 'user:ada' })._unsafeUnwrap();
      expect(permissions).toMatchObject({
        owner: 'user:ada',
        allowedTools: ['read', 'write', 'edit', 'ls', 'grep', 'find', 'bash', 'container_exec', 'memory_*', 'a2a_*'],
        allowedPaths: ['**'],
        readOnlyPaths: ['**/.git/hooks{,/**}', '**/.git/config'],
        network: false,
        maxExecutionSecs: 300,
        maxMemoryMb: 512,
        canFork: false,
        updatedBy: 'user:ada',
      });
      fixture.access.assignRole('user:sue', 'superuser', { by: 'system' })._unsafeUnwrap();
      expect(fixture.access.defaultPermissions('user:sue')._unsafeUnwrap().allowedTools).toEqual(['*']);
    });

    it('never lets an agent change permissions, not even its own', () => {
      const { access } = fixture;
      const mine = access.createPermissions('a4', { owner: 'user:ada', by: 'system' })._unsafeUnwrap();
      const widened = { ...mine, allowedTools: ['*'], network: true };
      expect(access.setPermissions('a4', widened, { by: 'agent:a4' })._unsafeUnwrapErr()).toMatchObject({
        code: 'permission-denied',
      });
      expect(access.setPermissions('a4', widened, { by: 'user:eve' })._unsafeUnwrapErr()).toMatchObject({
        code: 'permission-denied',
      });
      expect(access.permissionsFor('a4')._unsafeUnwrap().network).toBe(false);
      expect(access.setPermissions('a4', widened, { by: 'user:ada' })._unsafeUnwrap().network).toBe(true);
      expect(access.checkNetwork('agent:a4', 'example.com').isOk()).toBe(true);
    });

    it('refuses invalid permissions and duplicate creation', () => {
      const { access } = fixture;
      access.createPermissions('a5', { owner: 'user:ada', by: 'system' })._unsafeUnwrap();
      expect(access.createPermissions('a5', { owner: 'user:ada', by: 'system' })._unsafeUnwrapErr().code).toBe(
        'already-exists',
      );
      const current = access.permissionsFor('a5')._unsafeUnwrap();
      expect(
        access.setPermissions('a5', { ...current, allowedPaths: ['!secret/**'] }, { by: 'system' })._unsafeUnwrapErr(),
      ).toMatchObject({
        code: 'invalid-argument',
        field: 'allowedPaths',
      });
      expect(
        access.setPermissions('a5', { ...current, maxMemoryMb: 0 }, { by: 'system' })._unsafeUnwrapErr().code,
      ).toBe('invalid-argument');
    });

    it('applies path permission changes to the next check', () => {
      const { access, root } = fixture;
      const workspaceRoot = join(root, 'ws');
      mkdirSync(join(workspaceRoot, 'src'), { recursive: true });
      const created = access.createPermissions('a6', { owner: 'user:ada', by: 'system' })._unsafeUnwrap();
      const check = () => access.checkPath('agent:a6', 'src/main.ts', { workspaceRoot, operation: 'write' });
      expect(check().isOk()).toBe(true);
      access.setPermissions('a6', { ...created, deniedPaths: ['src/**'] }, { by: 'user:ada' })._unsafeUnwrap();
      expect(check()._unsafeUnwrapErr()).toMatchObject({ code: 'path-denied', rule: 'deny:agent:src/**' });
      access.removePermissions('a6', { by: 'user:ada' })._unsafeUnwrap();
      expect(check()._unsafeUnwrapErr()).toMatchObject({ code: 'permission-denied' });
    });
  });

  describe('paths', () => {
    it('accepts absolute paths under the workspace root as given (a symlink) or as resolved', () => {
      const real = join(fixture.root, 'real-ws');
      const given = join(fixture.root, 'ws-link');
      mkdirSync(join(real, 'src'), { recursive: true });
      symlinkSync(real, given);
      for (const path of [`${given}/src/a.ts`, `${real}/src/a.ts`, 'src/a.ts']) {
        const resolved = fixture.access.checkPath('user:ada', path, { workspaceRoot: `${given}/`, operation: 'write' });
        expect(resolved._unsafeUnwrap()).toMatchObject({
          path: join(real, 'src/a.ts'),
          root: real,
          relative: 'src/a.ts',
        });
      }
    });

    it('refuses a workspace root that is missing, relative or the filesystem root', () => {
      const check = (workspaceRoot: string) =>
        fixture.access.checkPath('user:ada', 'x', { workspaceRoot, operation: 'read' })._unsafeUnwrapErr();
      expect(check(join(fixture.root, 'missing'))).toMatchObject({ rule: 'workspace-missing' });
      expect(check('relative/ws')).toMatchObject({ rule: 'workspace-not-absolute' });
      expect(check('/')).toMatchObject({ rule: 'workspace-too-broad' });
    });
  });

  describe('other decisions', () => {
    it('keeps administrative actions from agents, whatever their owner holds', () => {
      const { access } = fixture;
      access.assignRole('user:root', 'admin', { by: 'system' })._unsafeUnwrap();
      access.createPermissions('a7', { owner: 'user:root', by: 'system' })._unsafeUnwrap();
      expect(access.checkAction('user:root', 'system-config').isOk()).toBe(true);
      expect(access.checkAction('agent:a7', 'system-config')._unsafeUnwrapErr().message).toContain('agents never hold');
    });

    it('enforces the role limit of concurrent agents and can_fork for agents', () => {
      const { access } = fixture;
      expect(access.checkSpawn('user:ada', 1).isOk()).toBe(true);
      expect(access.checkSpawn('user:ada', 2)._unsafeUnwrapErr().message).toContain('at most 2 agents');
      const agent = access.createPermissions('a8', { owner: 'user:ada', by: 'system' })._unsafeUnwrap();
      expect(access.checkSpawn('agent:a8', 0)._unsafeUnwrapErr().message).toContain('may not fork');
      access.setPermissions('a8', { ...agent, canFork: true }, { by: 'user:ada' })._unsafeUnwrap();
      expect(access.checkSpawn('agent:a8', 1).isOk()).toBe(true);
      expect(access.checkSpawn('agent:a8', 2).isErr()).toBe(true);
    });

    it('denies network to agents by default', () => {
      fixture.access.createPermissions('a9', { owner: 'user:ada', by: 'system' })._unsafeUnwrap();
      expect(fixture.access.checkNetwork('agent:a9', 'api.example.com')._unsafeUnwrapErr().message).toContain(
        'no network',
      );
    });
  });

  describe('audit', () => {
    it('writes every decision to the audit table, and it survives a restart', () => {
      const { access } = fixture;
      const context = { requestId: 'r1', sessionId: 's1' };
      access.checkTool('user:ada', 'read', context);
      access.checkTool('user:ada', 'host_exec', context);
      access.checkAction('user:ada', 'manage-roles', context);
      access.checkPath('user:ada', '../x', { workspaceRoot: fixture.root, operation: 'read', context });
      access.checkTool('system', 'anything', context);
      fixture.restart();
      const entries = fixture.access.audit.query({ limit: 10 })._unsafeUnwrap().items;
      expect(entries.map((entry) => [entry.subject, entry.action, entry.resource, entry.allowed, entry.rule])).toEqual([
        ['system', 'use-tool', 'anything', true, 'system'],
        ['user:ada', 'path-read', '../x', false, 'parent-traversal'],
        ['user:ada', 'manage-roles', '*', false, 'not-allowed:role:user'],
        ['user:ada', 'use-tool', 'host_exec', false, 'not-allowed:role:user'],
        ['user:ada', 'use-tool', 'read', true, 'allow:role:user:read'],
      ]);
      expect(entries.every((entry) => entry.requestId === 'r1' && entry.sessionId === 's1')).toBe(true);
      expect(entries[1]?.reason).toContain('contains ".."');
    });

    it('publishes access-denied for each denial', () => {
      const subscription = fixture.events.subscribe({ types: ['access-denied'] });
      fixture.access.checkTool('user:ada', 'host_exec', { requestId: 'r2' });
      expect(subscription.take()?.event).toMatchObject({
        type: 'access-denied',
        subject: 'user:ada',
        rule: 'not-allowed:role:user',
        context: { requestId: 'r2' },
      });
      subscription.unsubscribe();
    });

    it('audits role and permission changes with who made them', () => {
      const { access } = fixture;
      access.assignRole('user:bob', 'superuser', { by: 'system', context: { requestId: 'r3' } })._unsafeUnwrap();
      access.assignRole('user:bob', 'admin', { by: 'user:ada' });
      const entries = access.audit.query({ action: 'role-assign' })._unsafeUnwrap().items;
      expect(entries.map((entry) => [entry.subject, entry.resource, entry.allowed])).toEqual([
        ['user:ada', 'user:bob=admin', false],
        ['system', 'user:bob=superuser', true],
      ]);
    });
  });

  describe('when the audit cannot be written', () => {
    const breakAudit = () => {
      fixture.store.database.exec(
        "CREATE TRIGGER audit_broken BEFORE INSERT ON audit_entries BEGIN SELECT RAISE(ABORT, 'disk full'); END",
      );
    };

    it('fails closed: no audit, no access; a denial stays a denial', () => {
      breakAudit();
      expect(fixture.access.checkTool('user:ada', 'read')._unsafeUnwrapErr().code).toBe('store');
      expect(fixture.access.checkTool('user:ada', 'host_exec')._unsafeUnwrapErr().code).toBe('permission-denied');
    });

    it('does not keep a change whose audit entry failed', () => {
      breakAudit();
      expect(fixture.access.assignRole('user:bob', 'admin', { by: 'system' })._unsafeUnwrapErr().code).toBe('store');
      expect(fixture.access.roleOf('user:bob')._unsafeUnwrap()).toBe('user');
      expect(fixture.access.createPermissions('a10', { owner: 'user:ada', by: 'system' }).isErr()).toBe(true);
      expect(fixture.access.permissionsFor('a10')._unsafeUnwrapErr().code).toBe('not-found');
    });
  });
});
