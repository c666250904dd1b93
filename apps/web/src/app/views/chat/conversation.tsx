import type { HttpOptions, OxiosClient } from '@oxios/sdk-client';
import { useLoad } from '../../api/use-load.js';
import { useRefreshOn } from '../../events/event-stream.js';
import { hasRoute, type Capabilities } from '../../routing/view-registry.js';
import { ErrorNotice, Loading } from '../../ui/notices.js';
import { StatusBadge } from '../../ui/status-badge.js';
import { Composer } from './composer.js';
import { MessageList } from './message-list.js';
import { AgentActivity } from './parts/agent-activity.js';
import { EvaluationPanel } from './parts/evaluation-panel.js';
import { InterviewPanel } from './parts/interview-panel.js';
import { QuestionCard } from './parts/question-card.js';
import { RunCost } from './parts/run-cost.js';
import { SeedPanel } from './parts/seed-panel.js';
import { SendStatus } from './parts/send-status.js';
import { SessionApprovals } from './parts/session-approvals.js';
import { PhaseStepper } from './phase-stepper.js';
import { criterionRows } from './run/criterion-rows.js';
import { lineageNodes } from './run/lineage-nodes.js';
import { questionAmbiguity } from './run/question-ambiguity.js';
import { latestSeed, openQuestion } from './run/session-run.js';
import { useSessionRun } from './run/use-session-run.js';
import { composerMode } from './send-availability.js';
import { sessionTitle } from './session-list.js';
import { useSessionSend } from './session-sends.js';

/** The stepper's phase: every step done once the session completed or its lineage converged. */
export function stepperPhase(phase: string, status: string, lineage: string | undefined): string {
  return status === 'completed' || lineage === 'converged' ? 'done' : phase;
}

/**
 * One session: its Ouroboros phase, messages, the open interview question with its answer box,
 * then the run live — seed and lineage, agent output and tool calls, evaluation, cost.
 */
export function Conversation({
  client,
  http,
  sessionId,
  capabilities,
}: {
  readonly client: OxiosClient;
  readonly http: HttpOptions;
  readonly sessionId: string;
  readonly capabilities: Capabilities;
}) {
  const session = useLoad((signal) => client.sessions.get(sessionId, signal), [sessionId]);
  const messages = useLoad((signal) => client.sessions.messages(sessionId, { limit: 500 }, signal), [sessionId]);
  const { run, incomplete } = useSessionRun(http, sessionId);
  const { state: sending, send } = useSessionSend(sessionId);
  const mine = (event: { fields: Readonly<Record<string, unknown>> }) => event.fields.sessionId === sessionId;
  useRefreshOn(['session-message-added'], messages.reload, mine);
  useRefreshOn(['session-status-changed'], session.reload, mine);

  if (session.state.status === 'loading') return <Loading label="Loading the session…" />;
  if (session.state.status === 'error') return <ErrorNotice error={session.state.error} onRetry={session.reload} />;
  const current = session.state.data;
  const items = messages.state.status === 'ok' ? messages.state.data.items : [];
  const reply = sending.status === 'done' ? sending.reply : undefined;
  const mode = composerMode(capabilities, sending.status === 'sending');
  const question = openQuestion(run);
  const seed = latestSeed(run);
  const outcomes = reply?.kind === 'result' && reply.seedId === seed?.id ? reply.criteria : undefined;
  const evaluated = seed !== undefined && (run.executions[seed.id] !== undefined || outcomes !== undefined);
  const onSend = (text: string, force: { reason: string } | undefined) => {
    send(force === undefined ? { text } : { text, force });
  };
  return (
    <article class="conversation" aria-labelledby="conversation-title">
      <header class="conversation-header">
        <h2 id="conversation-title">{sessionTitle(current)}</h2>
        <StatusBadge status={current.status} />
        {run.lineage !== null && <StatusBadge status={run.lineage.status} label={`lineage ${run.lineage.status}`} />}
      </header>
      <PhaseStepper phase={stepperPhase(run.phase ?? current.phase, current.status, run.lineage?.status)} />
      <SessionApprovals client={client} sessionId={sessionId} />
      {messages.state.status === 'error' && <ErrorNotice error={messages.state.error} onRetry={messages.reload} />}
      {messages.state.status === 'loading' && <Loading label="Loading messages…" />}
      {messages.state.status === 'ok' && <MessageList messages={items} />}
      <SendStatus state={sending} phase={run.phase ?? current.phase} />
      {question !== undefined && sending.status !== 'sending' ? (
        <QuestionCard question={question} ambiguity={questionAmbiguity(run, question, reply, items)}>
          <Composer
            id="answer"
            label={`Your answer to question ${question.round}`}
            submitLabel="Send answer"
            mode={mode}
            allowForce
            onSend={onSend}
          />
        </QuestionCard>
      ) : (
        <Composer mode={mode} allowForce={seed === undefined} onSend={onSend} />
      )}
      {incomplete && (
        <p class="hint">The server no longer holds this session's earliest steps; the messages above have them.</p>
      )}
      <InterviewPanel rounds={run.rounds} gate={run.gate} />
      {seed !== undefined && (
        <SeedPanel
          seed={seed}
          nodes={lineageNodes(run)}
          lineage={run.lineage}
          seedsView={hasRoute(capabilities, 'GET /api/seeds/{id}')}
        />
      )}
      <AgentActivity runs={run.runs} />
      {seed !== undefined && evaluated && (
        <EvaluationPanel
          generation={seed.generation}
          summary={run.evaluations[seed.id]}
          rows={criterionRows(seed, run.evaluations[seed.id], outcomes)}
        />
      )}
      <RunCost usage={run.usage} />
    </article>
  );
}
