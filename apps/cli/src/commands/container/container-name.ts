import { CONTAINER_NAME_PATTERN } from '@oxios/kernel';
import { z } from 'zod';

/** A container name on the command line. */
export const ContainerNameSchema = z.string().regex(CONTAINER_NAME_PATTERN, {
  error: 'expected a container name: 1–63 letters, digits, "_", "." or "-", starting with a letter or digit',
});
