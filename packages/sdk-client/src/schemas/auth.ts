import { z } from 'zod';
import { TimestampSchema } from './common.js';

/** Roles a token carries, lowest to highest. */
export const RoleSchema = z.enum(['user', 'superuser', 'admin']);
export type Role = z.infer<typeof RoleSchema>;

/** Who is calling: the token's owner and role. The token itself is never echoed. */
export const CallerSchema = z.object({
  tokenId: z.string(),
  tokenName: z.string(),
  userName: z.string(),
  role: RoleSchema,
  /** The access-control subject, `user:<userName>`. */
  subject: z.string(),
});
export type Caller = z.infer<typeof CallerSchema>;

/** `POST /api/auth/session` — exchange a token, or the one-time login code printed at start, for a session cookie. */
export const LoginRequestSchema = z.union([
  z.strictObject({ token: z.string().min(1).max(200) }),
  z.strictObject({ code: z.string().min(1).max(200) }),
]);
export type LoginRequest = z.infer<typeof LoginRequestSchema>;

/** The session created by a login; send `csrfToken` as `X-CSRF-Token` on state-changing requests. */
export const LoginResponseSchema = z.object({
  caller: CallerSchema,
  csrfToken: z.string(),
  expiresAt: TimestampSchema,
});
export type LoginResponse = z.infer<typeof LoginResponseSchema>;

/** `DELETE /api/auth/session` — whether a browser session was ended (false for bearer callers). */
export const LogoutResponseSchema = z.object({ loggedOut: z.boolean() });
export type LogoutResponse = z.infer<typeof LogoutResponseSchema>;
