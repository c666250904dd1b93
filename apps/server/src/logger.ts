import type { Logger } from '@oxios/kernel';
import { pino, type LevelWithSilent, type LoggerOptions } from 'pino';

/** Options for {@link createLogger}. */
export interface CreateLoggerOptions {
  readonly level: LevelWithSilent;
  /** Human-readable output (pino-pretty); default: when stdout is a terminal. */
  readonly pretty?: boolean;
}

/**
 * The root logger of the server process: JSON lines on stdout, pretty on a terminal. Credentials
 * are removed by path, whatever a caller puts in a log line. Lines are written asynchronously:
 * under load, lines logged while a write is in flight go out together in the next write (one
 * access-log line per request would otherwise cost one blocking system call each); `flush()`
 * drains them at shutdown.
 */
export function createLogger(options: CreateLoggerOptions): Logger & { flush(): void } {
  const pretty = options.pretty ?? process.stdout.isTTY;
  const settings: LoggerOptions = {
    level: options.level,
    base: { service: 'oxios' },
    redact: {
      paths: [
        'authorization',
        'token',
        'apiKey',
        'password',
        '*.authorization',
        '*.token',
        '*.apiKey',
        '*.api_key',
        '*.password',
        'headers.cookie',
        'req.headers.authorization',
        'req.headers.cookie',
        'env',
        '*.env',
      ],
      censor: '[redacted]',
    },
    ...(pretty
      ? { transport: { target: 'pino-pretty', options: { colorize: true, translateTime: 'SYS:HH:MM:ss.l' } } }
      : {}),
  };
  return pretty ? pino(settings) : pino(settings, pino.destination({ dest: 1, sync: false }));
}
