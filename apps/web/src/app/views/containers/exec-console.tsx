import type { ContainerExecResult, OxiosClient } from '@oxios/sdk-client';
import { useState } from 'preact/hooks';
import { useAction } from '../../api/use-action.js';
import { formatMs } from '../../ui/format-numbers.js';
import { formatCommandLine, parseCommandLine, type CommandLineProblem } from './parse-command-line.js';

const PROBLEMS: Record<CommandLineProblem, string> = {
  empty: 'Type a command.',
  'unclosed-quote': 'A quote is not closed.',
  'trailing-backslash': 'The line ends with a backslash.',
};

interface Run {
  readonly argv: readonly string[];
  readonly result: ContainerExecResult;
}

/** How a run ended, in words. */
function describeEnd(result: ContainerExecResult): string {
  if (result.timedOut) return 'timed out';
  if (result.signal !== null) return `killed by ${result.signal}`;
  return `exit ${result.exitCode ?? '?'}`;
}

/** A console for one container: each line runs as an argv (no shell), its output kept below, newest first. */
export function ExecConsole({ client, name }: { readonly client: OxiosClient; readonly name: string }) {
  const [line, setLine] = useState('');
  const [problem, setProblem] = useState<string>();
  const [runs, setRuns] = useState<readonly Run[]>([]);
  const action = useAction();
  return (
    <section class="panel" aria-labelledby="console-title">
      <h2 id="console-title" class="panel-title">
        Console
      </h2>
      <form
        class="row"
        onSubmit={(event) => {
          event.preventDefault();
          const parsed = parseCommandLine(line);
          if (!parsed.ok) {
            setProblem(PROBLEMS[parsed.problem]);
            return;
          }
          setProblem(undefined);
          action.run('The command could not run', client.containers.exec(name, { argv: parsed.argv }), (result) => {
            setRuns((previous) => [{ argv: parsed.argv, result }, ...previous].slice(0, 20));
            setLine('');
          });
        }}
      >
        <label for="console-command" class="visually-hidden">
          Command to run in {name}
        </label>
        <input
          id="console-command"
          class="console-input"
          value={line}
          autoComplete="off"
          spellcheck={false}
          placeholder={`sh -c 'ls -la'`}
          aria-describedby="console-hint"
          onInput={(event) => {
            setLine(event.currentTarget.value);
          }}
        />
        <button type="submit" class="button button-primary" disabled={action.busy}>
          {action.busy ? 'Running…' : 'Run'}
        </button>
      </form>
      <p class="hint" id="console-hint">
        Words are split like a shell splits them (quotes and \ work), but no shell runs: use{' '}
        <code>sh -c &apos;…&apos;</code> for pipes and variables.
      </p>
      {(problem ?? action.error) !== undefined && (
        <p class="field-error" role="alert">
          {problem ?? action.error}
        </p>
      )}
      <ol class="plain-list" aria-label="Command output, newest first" aria-live="polite">
        {runs.map((run, index) => (
          <li key={runs.length - index} class="console-run" data-testid="console-run">
            <p>
              <code>$ {formatCommandLine(run.argv)}</code>{' '}
              <span class={run.result.exitCode === 0 ? 'badge badge-good' : 'badge badge-bad'}>
                {describeEnd(run.result)}
              </span>{' '}
              <span class="muted">{formatMs(run.result.durationMs)}</span>
              {run.result.truncated && <span class="muted"> (output truncated)</span>}
            </p>
            {run.result.stdout !== '' && <pre class="console-output">{run.result.stdout}</pre>}
            {run.result.stderr !== '' && (
              <pre class="console-output console-stderr" aria-label="Standard error">
                {run.result.stderr}
              </pre>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
