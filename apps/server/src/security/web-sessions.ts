import { randomBytes } from 'node:crypto';

/** A browser session: the cookie names it, the CSRF token guards its state-changing requests. */
export interface WebSession {
  readonly id: string;
  readonly tokenId: string;
  readonly csrfToken: string;
  readonly expiresAt: number;
}

/**
 * Dashboard sessions and one-time login codes, in memory: a restart logs browsers out (they log
 * in again with a token). Each request still re-checks the token, so revoking it ends the session.
 */
export interface WebSessions {
  create(tokenId: string): WebSession;
  get(id: string): WebSession | undefined;
  remove(id: string): void;
  /** A single-use code (valid for `ttlMs`) that logs in as `tokenId`: printed by `npm start`. */
  issueLoginCode(tokenId: string, ttlMs?: number): string;
  /** Consumes a login code; undefined when unknown, used or expired. */
  redeemLoginCode(code: string): string | undefined;
}

const secret = () => randomBytes(32).toString('base64url');

export function createWebSessions(
  options: { ttlMs?: number; now?: () => number; maxSessions?: number } = {},
): WebSessions {
  const ttlMs = options.ttlMs ?? 12 * 60 * 60 * 1000;
  const now = options.now ?? Date.now;
  const maxSessions = options.maxSessions ?? 10_000;
  const sessions = new Map<string, WebSession>();
  const codes = new Map<string, { tokenId: string; expiresAt: number }>();
  return {
    create(tokenId) {
      const session = { id: secret(), tokenId, csrfToken: secret(), expiresAt: now() + ttlMs };
      sessions.set(session.id, session);
      if (sessions.size > maxSessions) {
        const [oldest] = sessions.keys();
        if (oldest !== undefined) sessions.delete(oldest);
      }
      return session;
    },
    get(id) {
      const session = sessions.get(id);
      if (session && session.expiresAt <= now()) {
        sessions.delete(id);
        return undefined;
      }
      return session;
    },
    remove(id) {
      sessions.delete(id);
    },
    issueLoginCode(tokenId, codeTtlMs = 15 * 60 * 1000) {
      const code = secret();
      codes.set(code, { tokenId, expiresAt: now() + codeTtlMs });
      return code;
    },
    redeemLoginCode(code) {
      const entry = codes.get(code);
      codes.delete(code);
      return entry && entry.expiresAt > now() ? entry.tokenId : undefined;
    },
  };
}
