import type { z } from 'zod';
import { SLUG_PATTERN } from '../../content/name-rule.js';
import { stringField, tableField } from '../fields.js';

/** `[personas]` — which persona agents use when neither the session nor the API chose one. */
export const PersonasSectionSchema = tableField({
  /** The global default persona (an id under `$OXIOS_HOME/personas/`). Changing it through the API overrides this. */
  default: stringField({ pattern: SLUG_PATTERN, description: 'a persona id (a-z, 0-9, "-")' }).default('dev'),
}).prefault({});

/** The validated `[personas]` section. */
export type PersonasSection = z.infer<typeof PersonasSectionSchema>;
