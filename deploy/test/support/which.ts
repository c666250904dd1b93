import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

/** The absolute path of an executable on PATH, or undefined when it is not installed. */
export function which(name: string): string | undefined {
  for (const folder of (process.env.PATH ?? '').split(delimiter)) {
    if (!folder) continue;
    const candidate = join(folder, name);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // Not in this folder.
    }
  }
  return undefined;
}

/** A test title that says why it is skipped when `binary` is missing. */
export function needs(binary: string, title: string): string {
  return which(binary) === undefined ? `${title} (skipped: ${binary} is not installed on this machine)` : title;
}
