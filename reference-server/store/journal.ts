// An append-only journal on disk (JSON Lines) so that a restart loses nothing the server accepted.
// Writes are grouped: every record written in one turn of the event loop goes out in one write,
// and each caller's promise resolves once its record is in the file - the server answers a call
// only after that. On open the journal is replayed, then rewritten as a snapshot (compaction) so
// it does not grow across restarts; it is compacted again whenever it outgrows `compactAfterBytes`.
import { createReadStream } from 'node:fs';
import { type FileHandle, mkdir, open, rename, rm, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { createInterface } from 'node:readline';

export type JournalOptions = {
  path: string;
  /** fdatasync after each group: survives a power cut, at a cost in throughput. */
  sync?: boolean;
  compactAfterBytes?: number;
  /** Told when a compaction fails (the journal goes on uncompacted). */
  onCompactionFailed?: (error: unknown) => void;
};

export class Journal<R> {
  private file: FileHandle | undefined;
  private pending: { line: string; done: () => void; failed: (error: unknown) => void }[] = [];
  private writing: Promise<void> = Promise.resolve();
  private scheduled = false;
  private bytes = 0;

  private constructor(
    private readonly options: JournalOptions,
    /** The records that rebuild the current state, for compaction. */
    private readonly snapshot: () => Iterable<R>,
  ) {}

  /** Replays the journal into `apply`, compacts it, and opens it for appending. */
  static async open<R>(options: JournalOptions, apply: (record: R) => void, snapshot: () => Iterable<R>): Promise<Journal<R>> {
    await mkdir(dirname(options.path), { recursive: true });
    const journal = new Journal(options, snapshot);
    await journal.replay(apply);
    try {
      await journal.compact();
    } catch (error) {
      // Uncompacted is still whole: go on appending to the journal as it is.
      options.onCompactionFailed?.(error);
      await rm(`${options.path}.next`, { force: true }).catch(() => undefined);
      journal.file = await open(options.path, 'a');
    }
    return journal;
  }

  /** Resolves once the record is written. */
  append(record: R): Promise<void> {
    return new Promise((done, failed) => {
      this.pending.push({ line: `${JSON.stringify(record)}\n`, done, failed });
      if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => {
          this.scheduled = false;
          this.writing = this.writing.then(() => this.flush());
        });
      }
    });
  }

  async close(): Promise<void> {
    await new Promise((resolve) => setImmediate(resolve));
    await this.writing;
    await this.file?.close();
    this.file = undefined;
  }

  private async flush(): Promise<void> {
    const group = this.pending;
    this.pending = [];
    if (group.length === 0) return;
    try {
      if (this.file === undefined) throw new Error('journal closed');
      const text = group.map((p) => p.line).join('');
      await this.file.write(text);
      if (this.options.sync) await this.file.datasync();
      this.bytes += Buffer.byteLength(text);
      for (const p of group) p.done();
    } catch (error) {
      for (const p of group) p.failed(error);
      return;
    }
    const limit = this.options.compactAfterBytes ?? 64 * 1024 * 1024;
    if (this.bytes <= limit) return;
    try {
      await this.compact();
    } catch (error) {
      // A failed compaction (no file handle left, a full disk) costs only disk space: the journal
      // goes on as it is, and compaction is tried again after as many bytes more.
      this.bytes = 0;
      this.options.onCompactionFailed?.(error);
      await rm(`${this.options.path}.next`, { force: true }).catch(() => undefined);
    }
  }

  private async replay(apply: (record: R) => void): Promise<void> {
    if (!(await stat(this.options.path).catch(() => undefined))) return;
    const lines = createInterface({ input: createReadStream(this.options.path), crlfDelay: Infinity });
    for await (const line of lines) {
      if (line.trim() === '') continue;
      try {
        apply(JSON.parse(line) as R);
      } catch {
        // A line cut short by a crash mid-write: everything before it stands.
      }
    }
  }

  /** Writes the current state to a new file and swaps it in. */
  private async compact(): Promise<void> {
    const next = `${this.options.path}.next`;
    const out = await open(next, 'w');
    let text = '';
    for (const record of this.snapshot()) {
      text += `${JSON.stringify(record)}\n`;
      if (text.length > 1 << 20) {
        await out.write(text);
        text = '';
      }
    }
    await out.write(text);
    await out.datasync();
    await out.close();
    await rename(next, this.options.path);
    await this.file?.close();
    this.file = await open(this.options.path, 'a');
    this.bytes = 0;
  }
}
