import { FAKE_LLM_CONTROL_PATH } from './start-fake-llm.js';
import type { FakeLlmReply, FakeLlmRequest } from './types.js';

/** Controls a fake LLM server over HTTP, e.g. one running in another process. */
export interface FakeLlmClient {
  /** Every LLM request the server has received, in arrival order. */
  requests(): Promise<readonly FakeLlmRequest[]>;
  /** Queues replies on the server (validated there; a bad reply rejects with the reason). */
  push(...replies: FakeLlmReply[]): Promise<void>;
}

/** A {@link FakeLlmClient} for the fake LLM server at `baseUrl` (`http://127.0.0.1:<port>`). */
export function createFakeLlmClient(baseUrl: string): FakeLlmClient {
  const url = (path: string) => `${baseUrl.replace(/\/+$/, '')}${FAKE_LLM_CONTROL_PATH}/${path}`;
  return {
    async requests() {
      const response = await fetch(url('requests'));
      if (!response.ok) throw new Error(`fake-llm: GET requests answered ${response.status}`);
      const body = (await response.json()) as { requests: FakeLlmRequest[] };
      return body.requests;
    },
    async push(...replies) {
      const response = await fetch(url('replies'), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(replies),
      });
      if (!response.ok) throw new Error(`fake-llm: POST replies answered ${response.status}: ${await response.text()}`);
    },
  };
}
