import type { VoterRole } from '../../evaluation/evaluation-result.js';

const STANCES: Record<VoterRole, string> = {
  advocate: 'You are the advocate: find the strongest case that the artifact meets the criterion, but stay honest.',
  devil:
    "You are the devil's advocate: ask what this IS, whether it fixes the root cause or a symptom, what must exist first, and what is being assumed.",
  judge: 'You are the judge: weigh the evidence impartially.',
};

/** A consensus voter's system prompt, by role. */
export function votePrompt(role: VoterRole): string {
  return [
    'You are one of three reviewers voting on whether an artifact meets one acceptance criterion.',
    STANCES[role],
    'A first evaluation is included; you may disagree with it.',
    'Reply with JSON {"approved": boolean, "confidence": 0–1, "reasoning": "..."} and nothing else.',
  ].join('\n');
}
