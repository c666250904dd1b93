import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAccessFixture, type AccessFixture } from './test-setup.js';

describe('approvals', () => {
  let fixture: AccessFixture;
  let clock: number;
  beforeEach(() => {
    clock = 1_000_000;
    fixture = createAccessFixture({ now: () => clock, access: { approval_timeout_secs: 60 } });
    fixture.access.createPermissions('worker', { owner: 'user:ada', by: 'system' })._unsafeUnwrap();
  });
  afterEach(() => {
    fixture.dispose();
  });

  const request = (timeoutMs?: number) =>
    fixture.access.approvals
      .request({
        subject: 'agent:worker',
        action: 'host-exec',
        resource: 'git push',
        reason: 'publish the branch',
        context: { sessionId: 's1' },
        ...(timeoutMs === undefined ? {} : { timeoutMs }),
      })
      ._unsafeUnwrap();

  it('records a pending approval owned by the agent’s user, persisted across a restart', () => {
    const approval = request();
    expect(approval).toMatchObject({
      status: 'pending',
      subject: 'agent:worker',
      owner: 'user:ada',
      agentId: 'worker',
      sessionId: 's1',
      expiresAt: clock + 60_000,
    });
    fixture.restart();
    expect(fixture.access.approvals.get(approval.id)._unsafeUnwrap()).toEqual(approval);
  });

  it('wakes the waiter when the owner approves', async () => {
    const approval = request();
    const waiting = fixture.access.approvals.waitForDecision(approval.id);
    const approved = fixture.access.approvals.approve(approval.id, 'user:ada', 'ok')._unsafeUnwrap();
    expect(approved).toMatchObject({ status: 'approved', decidedBy: 'user:ada', note: 'ok', decidedAt: clock });
    expect((await waiting)._unsafeUnwrap().status).toBe('approved');
  });

  it('returns approval-rejected to the waiter when the owner rejects', async () => {
    const approval = request();
    const waiting = fixture.access.approvals.waitForDecision(approval.id);
    fixture.access.approvals.reject(approval.id, 'user:ada', 'not today')._unsafeUnwrap();
    expect((await waiting)._unsafeUnwrapErr()).toEqual({
      code: 'approval-rejected',
      approvalId: approval.id,
      decidedBy: 'user:ada',
      note: 'not today',
      message: `approval ${approval.id} was rejected by user:ada: not today`,
    });
  });

  it('allows only transitions out of pending', () => {
    const approval = request();
    fixture.access.approvals.reject(approval.id, 'user:ada')._unsafeUnwrap();
    for (const attempt of [
      fixture.access.approvals.approve(approval.id, 'user:ada'),
      fixture.access.approvals.reject(approval.id, 'user:ada'),
    ]) {
      expect(attempt._unsafeUnwrapErr()).toMatchObject({
        code: 'invalid-state',
        resource: 'approval',
        state: 'rejected',
      });
    }
    expect(fixture.access.approvals.get(approval.id)._unsafeUnwrap().status).toBe('rejected');
    // Even a direct write cannot flip a decided approval.
    expect(() => {
      fixture.store.database.exec(`UPDATE approvals SET status = 'approved' WHERE id = '${approval.id}'`);
    }).toThrow(/already decided/);
  });

  it('never lets the agent, or another plain user, decide', () => {
    const approval = request();
    expect(fixture.access.approvals.approve(approval.id, 'agent:worker')._unsafeUnwrapErr()).toMatchObject({
      code: 'permission-denied',
      message: expect.stringContaining('agents never decide') as string,
    });
    expect(fixture.access.approvals.approve(approval.id, 'user:eve')._unsafeUnwrapErr().code).toBe('permission-denied');
    fixture.access.assignRole('user:sue', 'superuser', { by: 'system' })._unsafeUnwrap();
    expect(fixture.access.approvals.approve(approval.id, 'user:sue')._unsafeUnwrap().decidedBy).toBe('user:sue');
  });

  it('expires an unanswered approval, which then cannot be approved', () => {
    const approval = request();
    clock += 60_000;
    expect(fixture.access.approvals.get(approval.id)._unsafeUnwrap()).toMatchObject({
      status: 'expired',
      decidedBy: 'system',
    });
    expect(fixture.access.approvals.approve(approval.id, 'user:ada')._unsafeUnwrapErr()).toMatchObject({
      code: 'invalid-state',
      state: 'expired',
    });
    expect(fixture.access.approvals.list({ status: 'pending' })._unsafeUnwrap().items).toEqual([]);
    expect(
      fixture.access.approvals
        .list({ status: 'expired' })
        ._unsafeUnwrap()
        .items.map((item) => item.id),
    ).toEqual([approval.id]);
  });

  it('persists expiry in the background sweep and announces it', () => {
    const approval = request();
    const resolved = fixture.events.subscribe({ types: ['approval-resolved'] });
    clock += 61_000;
    fixture.access.start();
    expect(resolved.take()?.event).toMatchObject({ approval: { id: approval.id, status: 'expired' } });
    const row = fixture.store.database.prepare('SELECT status FROM approvals WHERE id = ?').get(approval.id);
    expect(row).toEqual({ status: 'expired' });
    resolved.unsubscribe();
  });

  it('delivers approval-expired to a waiter when the timeout passes', async () => {
    const real = createAccessFixture();
    real.access.createPermissions('w', { owner: 'user:ada', by: 'system' })._unsafeUnwrap();
    const approval = real.access.approvals
      .request({ subject: 'agent:w', action: 'host-exec', resource: 'rm -rf build', timeoutMs: 30 })
      ._unsafeUnwrap();
    const outcome = await real.access.approvals.waitForDecision(approval.id);
    expect(outcome._unsafeUnwrapErr()).toMatchObject({ code: 'approval-expired', approvalId: approval.id });
    expect(real.access.approvals.approve(approval.id, 'user:ada')._unsafeUnwrapErr().code).toBe('invalid-state');
    real.dispose();
  });

  it('stops waiting when the signal aborts, leaving the approval pending', async () => {
    const approval = request();
    const controller = new AbortController();
    const waiting = fixture.access.approvals.waitForDecision(approval.id, { signal: controller.signal });
    controller.abort();
    expect((await waiting)._unsafeUnwrapErr().code).toBe('aborted');
    expect(fixture.access.approvals.get(approval.id)._unsafeUnwrap().status).toBe('pending');
  });

  it('releases waiters when the manager closes', async () => {
    const approval = request();
    const waiting = fixture.access.approvals.waitForDecision(approval.id);
    fixture.access.close();
    expect((await waiting)._unsafeUnwrapErr().code).toBe('unavailable');
  });

  it('gates only agents, only for actions the policy lists', async () => {
    const { access } = fixture;
    expect(access.needsApproval('agent:worker', 'host-exec', 'git status')).toBe(true);
    expect(access.needsApproval('user:ada', 'host-exec', 'git status')).toBe(false);
    expect(access.needsApproval('agent:worker', 'use-tool', 'read')).toBe(false);
    expect(
      (await access.gate({ subject: 'user:ada', action: 'host-exec', resource: 'ls' }))._unsafeUnwrap(),
    ).toBeNull();
    const requested = fixture.events.subscribe({ types: ['approval-requested'] });
    const gated = access.gate({
      subject: 'agent:worker',
      action: 'host-exec',
      resource: 'git push',
      reason: 'ship it',
    });
    const event = requested.take()?.event;
    if (event?.type !== 'approval-requested') throw new Error('no approval requested');
    access.approvals.approve(event.approval.id, 'user:ada')._unsafeUnwrap();
    expect((await gated)._unsafeUnwrap()).toMatchObject({ status: 'approved', resource: 'git push' });
    requested.unsubscribe();
  });

  it('audits request, decision and expiry', () => {
    const first = request();
    fixture.access.approvals.approve(first.id, 'user:ada')._unsafeUnwrap();
    request();
    clock += 120_000;
    fixture.access.start();
    const actions = fixture.access.audit
      .query()
      ._unsafeUnwrap()
      .items.map((entry) => entry.action)
      .filter((action) => action.startsWith('approval'));
    expect(actions).toEqual(['approval-expire', 'approval-request', 'approval-approve', 'approval-request']);
  });
});
