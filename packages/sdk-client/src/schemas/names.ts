import { z } from 'zod';

/**
 * Names that become a path segment on the server (programs, skills, personas, memory notes):
 * 1–64 lowercase letters, digits or `-`, starting with a letter or digit. The kernel's
 * `PROGRAM_NAME_RULE`, `SKILL_NAME_RULE`, `PERSONA_ID_RULE` and `MEMORY_NOTE_ID_RULE` use exactly
 * this pattern; the server's tests prove they agree.
 */
export const SLUG_NAME_PATTERN = /^[a-z0-9][a-z0-9-]{0,63}$/;

/** Container names: the kernel's `CONTAINER_NAME_PATTERN`. */
export const CONTAINER_NAME_PATTERN = /^[a-zA-Z0-9][a-zA-Z0-9_.-]{0,62}$/;

/** Seed ids: the Ouroboros seed id rule (`seed_<12 hex>` by default). */
export const SEED_ID_PATTERN = /^[A-Za-z0-9_-]{1,128}$/;

/** A program, skill, persona or memory note name. */
export const SlugNameSchema = z
  .string()
  .regex(SLUG_NAME_PATTERN, 'expected 1–64 lowercase letters, digits or "-", starting with a letter or digit');

/** A container name. */
export const ContainerNameSchema = z
  .string()
  .regex(CONTAINER_NAME_PATTERN, 'expected a letter or digit followed by up to 62 letters, digits, "_", "." or "-"');

/** A seed id. */
export const SeedIdSchema = z.string().regex(SEED_ID_PATTERN, 'expected 1–128 letters, digits, "_" or "-"');

/** Path parameter `:name` of a program or skill. */
export const NameParamsSchema = z.strictObject({ name: SlugNameSchema });
/** Path parameter `:id` of a persona or memory note. */
export const SlugIdParamsSchema = z.strictObject({ id: SlugNameSchema });
