import { z } from 'zod';
import { TimestampSchema } from './common.js';
import { RoleSchema } from './auth.js';

/** An API token as listed (never the secret). */
export const TokenSchema = z.object({
  id: z.string(),
  name: z.string(),
  userName: z.string(),
  role: RoleSchema,
  createdAt: TimestampSchema,
  lastUsedAt: TimestampSchema.nullable(),
  expiresAt: TimestampSchema.nullable(),
  revokedAt: TimestampSchema.nullable(),
});
export type Token = z.infer<typeof TokenSchema>;

/** `POST /api/tokens`. */
export const CreateTokenRequestSchema = z.strictObject({
  name: z
    .string()
    .regex(/^[A-Za-z0-9][A-Za-z0-9 ._-]{0,63}$/, 'expected 1–64 letters, digits, spaces, ".", "_" or "-"'),
  userName: z
    .string()
    .regex(/^[a-z0-9][a-z0-9._-]{0,63}$/, 'expected 1–64 lowercase letters, digits, ".", "_" or "-"')
    .optional(),
  role: RoleSchema.default('user'),
  expiresInDays: z.number().int().min(1).max(3650).optional(),
});
export type CreateTokenRequest = z.input<typeof CreateTokenRequestSchema>;

/** The created token: `token` is shown this once. */
export const CreatedTokenSchema = z.object({ token: z.string(), record: TokenSchema });
export type CreatedToken = z.infer<typeof CreatedTokenSchema>;

export const TokenListSchema = z.object({ items: z.array(TokenSchema) });
export type TokenList = z.infer<typeof TokenListSchema>;
