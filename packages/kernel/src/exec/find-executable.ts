import { constants } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import { delimiter, isAbsolute, join } from 'node:path';

async function isExecutableFile(path: string): Promise<boolean> {
  try {
    const info = await stat(path);
    if (!info.isFile()) return false;
    await access(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * The first executable file named `name` on `searchPath` (absolute entries only, in order), or
 * undefined. On Windows each PATHEXT extension is tried too.
 */
export async function findExecutable(name: string, searchPath: string): Promise<string | undefined> {
  const extensions =
    process.platform === 'win32' ? ['', ...(process.env.PATHEXT ?? '.EXE;.CMD;.BAT').split(';')] : [''];
  for (const directory of searchPath.split(delimiter)) {
    if (!isAbsolute(directory)) continue;
    for (const extension of extensions) {
      const candidate = join(directory, name + extension);
      if (await isExecutableFile(candidate)) return candidate;
    }
  }
  return undefined;
}
