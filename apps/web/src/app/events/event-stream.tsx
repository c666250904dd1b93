import { subscribe, type HttpOptions } from '@oxios/sdk-client';
import { createContext, type ComponentChildren } from 'preact';
import { useContext, useEffect, useMemo, useReducer, useRef } from 'preact/hooks';
import { describeError } from '../api/describe-error.js';
import { eventLogReducer, initialEventLog, type EventLogState } from './event-log.js';
import { parseLiveEvent, type LiveEvent } from './live-event.js';

type Listener = (event: LiveEvent) => void;

/** Stable: lets views react to events without re-rendering on each one. */
interface EventBus {
  readonly listen: (listener: Listener) => () => void;
  readonly clear: () => void;
}

const LogContext = createContext<EventLogState>(initialEventLog());
const BusContext = createContext<EventBus>({ listen: () => () => undefined, clear: () => undefined });

/** Props of {@link EventStreamProvider}. */
export interface EventStreamProviderProps {
  readonly http: HttpOptions;
  readonly children: ComponentChildren;
}

/**
 * Holds the one live event stream of the dashboard (`GET /api/events`, resumed with
 * Last-Event-ID after drops) and shares it: the log for the Events view and the connection
 * badge, and a listener bus for views that refresh on events.
 */
export function EventStreamProvider({ http, children }: EventStreamProviderProps) {
  const [state, dispatch] = useReducer(eventLogReducer, undefined, () => initialEventLog());
  const listeners = useRef(new Set<Listener>());
  useEffect(() => {
    const controller = new AbortController();
    const run = async () => {
      for await (const message of subscribe(http, {
        signal: controller.signal,
        reconnectDelayMs: 2000,
        onOpen: () => {
          dispatch({ type: 'open' });
        },
        onError: (error) => {
          dispatch({ type: 'error', message: describeError(error) });
        },
      })) {
        const event = parseLiveEvent(message);
        if (event === undefined) continue;
        dispatch({ type: 'event', event });
        for (const listener of listeners.current) listener(event);
      }
      if (!controller.signal.aborted) dispatch({ type: 'closed' });
    };
    void run();
    return () => {
      controller.abort();
    };
  }, [http]);
  const bus = useMemo<EventBus>(
    () => ({
      listen: (listener) => {
        listeners.current.add(listener);
        return () => listeners.current.delete(listener);
      },
      clear: () => {
        dispatch({ type: 'clear' });
      },
    }),
    [],
  );
  return (
    <BusContext.Provider value={bus}>
      <LogContext.Provider value={state}>{children}</LogContext.Provider>
    </BusContext.Provider>
  );
}

/** The live log (re-renders on every event: use it only where the log is shown). */
export function useEventLog(): EventLogState {
  return useContext(LogContext);
}

/** The stable event bus. */
export function useEventBus(): EventBus {
  return useContext(BusContext);
}

/**
 * Calls `reload` (debounced) when an event of one of `types` arrives and `accept` agrees: how
 * lists stay current without polling.
 */
export function useRefreshOn(
  types: readonly string[],
  reload: () => void,
  accept: (event: LiveEvent) => boolean = () => true,
): void {
  const bus = useEventBus();
  const latest = useRef({ reload, accept });
  latest.current = { reload, accept };
  const key = types.join(',');
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const wanted = new Set(key.split(','));
    const stop = bus.listen((event) => {
      if (!wanted.has(event.type) || !latest.current.accept(event)) return;
      clearTimeout(timer);
      timer = setTimeout(() => {
        latest.current.reload();
      }, 150);
    });
    return () => {
      clearTimeout(timer);
      stop();
    };
  }, [bus, key]);
}
