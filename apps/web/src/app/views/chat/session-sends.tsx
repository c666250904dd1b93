import type { OxiosClient, SendMessageRequest, SessionReply } from '@oxios/sdk-client';
import { createContext, type ComponentChildren } from 'preact';
import { useCallback, useContext, useMemo, useState } from 'preact/hooks';
import { describeError } from '../../api/describe-error.js';

/** Where the latest message to a session stands. */
export type SendState =
  | { readonly status: 'idle' }
  | { readonly status: 'sending' }
  /** The server answered 202: the work goes on; its progress and reply arrive as events and messages. */
  | { readonly status: 'running' }
  | { readonly status: 'done'; readonly reply: SessionReply }
  | { readonly status: 'failed'; readonly error: string };

interface SessionSends {
  readonly states: Readonly<Record<string, SendState>>;
  readonly send: (sessionId: string, request: SendMessageRequest) => void;
}

const IDLE: SendState = { status: 'idle' };
const SendsContext = createContext<SessionSends>({ states: {}, send: () => undefined });

/** The longest the server holds a message for its reply (seconds); then it answers 202. */
const WAIT_SECS = 600;

/**
 * Holds the messages in flight to each session above the views, so a reply (with each
 * criterion's verify output) still arrives after the person looked at Approvals meanwhile.
 */
export function SessionSendsProvider({
  client,
  children,
}: {
  readonly client: OxiosClient;
  readonly children: ComponentChildren;
}) {
  const [states, setStates] = useState<Readonly<Record<string, SendState>>>({});
  const send = useCallback(
    (sessionId: string, request: SendMessageRequest) => {
      const set = (state: SendState) => {
        setStates((previous) => ({ ...previous, [sessionId]: state }));
      };
      set({ status: 'sending' });
      void client.sessions.send(sessionId, request, { wait: WAIT_SECS }).match(
        (response) => {
          set(response.status === 'done' ? { status: 'done', reply: response.reply } : { status: 'running' });
        },
        (error) => {
          set({ status: 'failed', error: describeError(error) });
        },
      );
    },
    [client],
  );
  const value = useMemo(() => ({ states, send }), [states, send]);
  return <SendsContext.Provider value={value}>{children}</SendsContext.Provider>;
}

/** The latest message to `sessionId` and a way to send the next. */
export function useSessionSend(sessionId: string): {
  readonly state: SendState;
  readonly send: (request: SendMessageRequest) => void;
} {
  const { states, send } = useContext(SendsContext);
  return {
    state: states[sessionId] ?? IDLE,
    send: (request) => {
      send(sessionId, request);
    },
  };
}
