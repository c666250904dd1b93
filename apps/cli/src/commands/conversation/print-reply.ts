import type { CriterionOutcome, SessionReply } from '@oxios/sdk-client';
import { EXIT, type ExitCode } from '../../exit-codes.js';
import { paint, printLine, type Output } from '../../output.js';

function criterionLine(output: Output, criterion: CriterionOutcome): string {
  if (criterion.verdict === 'pass') {
    const why =
      criterion.output !== null
        ? 'its check passed'
        : `judged met${criterion.score === null ? '' : ` (score ${criterion.score.toFixed(2)})`}`;
    return `  ${paint(output, 'green', '✓')} ${criterion.description} — ${why}`;
  }
  const mark = criterion.unverified ? paint(output, 'yellow', '?') : paint(output, 'red', '✗');
  const why =
    criterion.failures.length > 0
      ? criterion.failures.join('; ')
      : criterion.verdict === 'unresolved'
        ? 'unresolved: the judges did not agree'
        : 'not met';
  return `  ${mark} ${criterion.description} — ${why}`;
}

/** Prints a reply for people: a question, the result with each criterion and where its artefacts are, or a status. */
export function printReply(output: Output, reply: SessionReply): void {
  switch (reply.kind) {
    case 'question':
      printLine(output, `${paint(output, 'bold', '?')} ${reply.text}`);
      return;
    case 'status':
      printLine(output, reply.text);
      return;
    case 'result': {
      const headline = reply.text.split('\n')[0] ?? reply.outcome;
      const mark = reply.outcome === 'passed' ? paint(output, 'green', '✓') : paint(output, 'red', '✗');
      printLine(output, `${mark} ${paint(output, 'bold', headline)}`);
      for (const criterion of reply.criteria) printLine(output, criterionLine(output, criterion));
      if (reply.forced)
        printLine(
          output,
          paint(output, 'yellow', '  (the interview was forced open: the request was still ambiguous)'),
        );
      printLine(output, `artefacts: ${reply.workspace}`);
      printLine(output, `seed:      ${reply.seedId} (generation ${reply.generation})`);
      printLine(output, `session:   ${reply.sessionId}`);
    }
  }
}

/** The exit code a finished conversation ends with: 0 when the work passed (or the session completed), else 1. */
export function exitCodeOf(reply: SessionReply): ExitCode {
  if (reply.kind === 'result') return reply.outcome === 'passed' ? EXIT.ok : EXIT.failure;
  if (reply.kind === 'status')
    return reply.status === 'completed' || reply.status === 'converged' ? EXIT.ok : EXIT.failure;
  return EXIT.ok;
}
