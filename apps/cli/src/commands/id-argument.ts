import { IdSchema } from '@oxios/sdk-client';

/** An id given on the command line: the API's id rule (letters, digits, `_`, `-`; 1–64). */
export const IdArgumentSchema = IdSchema;
