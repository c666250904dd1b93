import { z } from 'zod';
import { SLUG_PATTERN } from '../../content/name-rule.js';
import { integerField, renderInput, stringField, tableField } from '../fields.js';

const programName = stringField({ pattern: SLUG_PATTERN, description: 'a program name (a-z, 0-9, "-")' });

/** `[programs]` — installing programs: the defaults of a first run, fetch timeouts, size caps. */
export const ProgramsSectionSchema = tableField({
  /** Bundled programs installed on the first run (an uninstalled default stays uninstalled). */
  defaults: z
    .array(programName, { error: (issue) => `expected array of program names, got ${renderInput(issue.input)}` })
    .default(['code-review', 'debug', 'refactor', 'deploy']),
  /** Seconds `git clone` may take before it is killed. */
  git_timeout_secs: integerField({ min: 1, max: 3600 }).default(120),
  /** Seconds a tarball download may take. */
  download_timeout_secs: integerField({ min: 1, max: 3600 }).default(120),
  /** Largest tarball accepted, compressed, in bytes (downloaded or local). */
  max_archive_bytes: integerField({ min: 1024, max: 1_073_741_824 }).default(52_428_800),
  /** Largest total size of a program's files once unpacked or copied, in bytes. */
  max_total_bytes: integerField({ min: 1024, max: 4_294_967_296 }).default(104_857_600),
  /** Largest single file of a program, in bytes. */
  max_file_bytes: integerField({ min: 1024, max: 1_073_741_824 }).default(20_971_520),
  /** Most files and folders a program may contain. */
  max_entries: integerField({ min: 1, max: 1_000_000 }).default(10_000),
})
  .refine((section) => section.max_file_bytes <= section.max_total_bytes, {
    path: ['max_file_bytes'],
    error: 'must not exceed max_total_bytes',
  })
  .prefault({});

/** The validated `[programs]` section. */
export type ProgramsSection = z.infer<typeof ProgramsSectionSchema>;
