// Ended chats' transcripts, one file each (JSON Lines), so that they do not live on the heap. A
// file is written whole under a temporary name, synced, renamed and its directory synced before
// anyone is told its name: a name handed out is always a whole file. Names are made here (random
// hex), never taken from a record or a request. Only the server's user reads them (0600 in 0700).
import { randomBytes } from 'node:crypto';
import { chmod, mkdir, open, readdir, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { StoreUnavailable, type TranscriptRecord } from './store.ts';

const NAME = /^[0-9a-f]{32}$/;

export class TranscriptFiles {
  private constructor(private readonly dir: string) {}

  static async open(dir: string): Promise<TranscriptFiles> {
    await mkdir(dir, { recursive: true, mode: 0o700 });
    // Best effort on a directory made by someone else: the files are 0600 anyway.
    await chmod(dir, 0o700).catch(() => undefined);
    return new TranscriptFiles(dir);
  }

  /** Writes the entries to a new file; resolves with its name once it is durable. StoreUnavailable when it cannot be. */
  async write(entries: TranscriptRecord[]): Promise<string> {
    const name = randomBytes(16).toString('hex');
    const tmp = `${this.pathOf(name)}.tmp`;
    try {
      const file = await open(tmp, 'wx', 0o600);
      try {
        await file.writeFile(entries.map((entry) => `${JSON.stringify(entry)}\n`).join(''));
        await file.datasync();
      } finally {
        await file.close();
      }
      await rename(tmp, this.pathOf(name));
      await this.syncDirectory();
      return name;
    } catch (error) {
      await rm(tmp, { force: true }).catch(() => undefined);
      await rm(this.pathOf(name), { force: true }).catch(() => undefined);
      throw new StoreUnavailable('an ended chat’s transcript could not be written', { cause: error });
    }
  }

  /** The entries of a file; StoreUnavailable when it cannot be read (a file named by a record is never missing on purpose). */
  async read(name: string): Promise<TranscriptRecord[]> {
    try {
      const text = await readFile(this.pathOf(name), 'utf8');
      return text
        .split('\n')
        .filter((line) => line !== '')
        .map((line) => JSON.parse(line) as TranscriptRecord);
    } catch (error) {
      throw new StoreUnavailable('an ended chat’s transcript could not be read', { cause: error });
    }
  }

  async remove(name: string): Promise<void> {
    await rm(this.pathOf(name), { force: true });
  }

  /** Removes every file (and temporary file) of ours but those named. */
  async removeAllBut(keep: Set<string>): Promise<void> {
    for (const entry of await readdir(this.dir)) {
      const name = entry.endsWith('.tmp') ? entry.slice(0, -4) : entry;
      if (NAME.test(name) && (entry !== name || !keep.has(name))) await rm(join(this.dir, entry), { force: true });
    }
  }

  private pathOf(name: string): string {
    if (!NAME.test(name)) throw new Error(`not a transcript file name: ${name}`);
    return join(this.dir, name);
  }

  private async syncDirectory(): Promise<void> {
    const directory = await open(this.dir, 'r');
    try {
      await directory.sync();
    } finally {
      await directory.close();
    }
  }
}
