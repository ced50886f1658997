// Files' bytes in a local directory (the embedded store): each file is moved from its temporary
// file (same file system, already fdatasync'ed) to its stored name, and the directory is synced
// before keep resolves, so an acknowledged upload survives a power cut.
import { open, rename, rm } from 'node:fs/promises';
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
