import { paint, type Output } from '../../output.js';

/** What each phase of the loop is doing, for the progress line. */
const PHASES: Readonly<Record<string, string>> = {
  interview: 'interview — weighing how clear the request is',
  seed: 'seed — writing the specification',
  execute: 'execute — the agent works in its sandbox',
  evaluate: 'evaluate — checking each acceptance criterion',
  evolve: 'evolve — deciding whether another generation is needed',
  done: 'done',
};
const FRAMES = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];
const FRAME_MS = 100;
const POLL_MS = 700;
const CLEAR_LINE = '\r\u001b[2K';

/** Stops the progress display and erases its line. */
export type StopProgress = () => void;

/**
 * Shows the session's phase on stderr while a message is being handled — only on a terminal:
 * a spinner line naming the current phase, and a ✓ line for each phase left behind. `readPhase`
 * is polled (it reads the session in either backend). Without a terminal it does nothing.
 */
export function startPhaseProgress(output: Output, readPhase: () => Promise<string | undefined>): StopProgress {
  if (output.interactive !== true) return () => undefined;
  let phase: string | undefined;
  let frame = 0;
  let stopped = false;
  const label = () => (phase === undefined ? 'working' : (PHASES[phase] ?? phase));
  const draw = () => {
    if (stopped) return;
    frame = (frame + 1) % FRAMES.length;
    output.stderr.write(`${CLEAR_LINE}${paint(output, 'dim', FRAMES[frame] ?? '')} ${label()}`);
  };
  const spinner = setInterval(draw, FRAME_MS);
  let polling = false;
  const poll = setInterval(() => {
    if (polling || stopped) return;
    polling = true;
    void readPhase()
      .then((next) => {
        if (stopped || next === undefined || next === phase) return;
        if (phase !== undefined) output.stderr.write(`${CLEAR_LINE}${paint(output, 'green', '✓')} ${phase}\n`);
        phase = next;
        draw();
      })
      .finally(() => {
        polling = false;
      });
  }, POLL_MS);
  draw();
  return () => {
    if (stopped) return;
    stopped = true;
    clearInterval(spinner);
    clearInterval(poll);
    output.stderr.write(CLEAR_LINE);
  };
}
