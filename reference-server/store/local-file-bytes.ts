// Files' bytes in a local directory (the embedded store): each file is moved from its temporary
// file (same file system, already fdatasync'ed) to its stored name, and the directory is synced
// before keep resolves, so an acknowledged upload survives a power cut. A crash between that and
// the journal's record of the upload leaves a file no record names: removeUnreferenced, at start,
// removes such files (the journal replayed says which are named).
import { open, readdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { checkedStoredName, type FileBytes, type FileToKeep } from './file-bytes.ts';

export class LocalFileBytes implements FileBytes {
  constructor(private readonly dir: string) {}

  async keep(files: FileToKeep[]): Promise<void> {
    const moved: string[] = [];
    try {
      for (const file of files) {
        await rename(file.tmp, this.pathOf(file.storedAs));
        moved.push(file.storedAs);
      }
      await syncDirectory(this.dir);
    } catch (error) {
      await Promise.all(moved.map((storedAs) => this.remove(storedAs)));
      throw error;
    }
  }

  async read(storedAs: string): Promise<Readable | undefined> {
    const handle = await open(this.pathOf(storedAs), 'r').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return undefined;
      throw error;
    });
    return handle?.createReadStream();
  }

  async remove(storedAs: string): Promise<void> {
    await rm(this.pathOf(storedAs), { force: true });
  }

  /** Removes the kept files whose names are not in `named` (at start, before any upload); answers their names. */
  async removeUnreferenced(named: ReadonlySet<string>): Promise<string[]> {
    const entries = await readdir(this.dir).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return [];
      throw error;
    });
    // Only names keep makes: the directory also holds `incoming/`, the uploads still arriving.
    const orphans = entries.filter((name) => /^[0-9a-f]{32}$/.test(name) && !named.has(name));
    await Promise.all(orphans.map((name) => this.remove(name)));
    return orphans;
  }

  private pathOf(storedAs: string): string {
    return join(this.dir, checkedStoredName(storedAs));
  }
}

async function syncDirectory(path: string): Promise<void> {
  const directory = await open(path, 'r');
  try {
    await directory.sync();
  } finally {
    await directory.close();
  }
}
