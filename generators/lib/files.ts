// The files in a folder, for generators that read back what a tool wrote and for the drift check.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';

/** The files now in a folder, relative paths, sorted. */
export async function filesIn(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
    .sort();
}
