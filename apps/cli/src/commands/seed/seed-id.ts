import { IdArgumentSchema } from '../id-argument.js';

/** A seed id on the command line (`seed_<hex>`): the API's id rule. */
export const SeedIdSchema = IdArgumentSchema;
