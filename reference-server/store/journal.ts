// An append-only journal on disk (JSON Lines) so that a restart loses nothing the server accepted.
// Writes are grouped: every record written in one turn of the event loop goes out in one write.
// A record counts only once its write succeeded: then the journal applies it (in file order, so
// the state in memory is always exactly what the file holds) and resolves the caller's promise.
// A failed write (a full disk) is cut back off the file, and fails its group and every record
// still waiting: nothing of it was applied, so nothing was answered or streamed. On open the
// journal is replayed, then rewritten as a snapshot (compaction), which also happens whenever it
// outgrows `compactAfterBytes`, between two groups, never with a record half applied.
import { createReadStream } from 'node:fs';
import { chmod, copyFile, link, mkdir, open, rename, rm, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { StoreUnavailable } from './store.ts';

/** What the journal needs of an open file (a FileHandle); tests give one that fails. */
export interface JournalFile {
  write(buffer: Uint8Array, offset: number, length: number): Promise<{ bytesWritten: number }>;
  truncate(length: number): Promise<void>;
  datasync(): Promise<void>;
  close(): Promise<void>;
}

/** What replay found: lines it could not use, and whether the last one was cut short by a crash mid-write. */
export type ReplayReport = {
  skipped: number;
  lastLineTorn: boolean;
  /** Where the file as found was kept before compaction rewrote it (lines were skipped before the last one). */
  keptAs?: string;
};

export type JournalOptions = {
  path: string;
  /** fdatasync after each group: survives a power cut, at a cost in throughput. */
  sync?: boolean;
  compactAfterBytes?: number;
  /** Told when a compaction fails (the journal goes on uncompacted). */
  onCompactionFailed?: (error: unknown) => void;
  /** Told, before any caller hears of it, that a write failed and with it every record waiting; `first`: the journal was fine until now. */
  onWriteFailed?: (error: unknown, first: boolean) => void;
  /** Told when a write succeeds again after a failure. */
  onRecovered?: () => void;
  /** Told when replay skipped lines. */
  onSkippedLines?: (report: ReplayReport) => void;
  /** Opens the journal ('a') or the compaction's file ('w'); tests inject failing files. */
  openFile?: (path: string, flags: 'a' | 'w') => Promise<JournalFile>;
};

type Pending<R> = { record: R; line: string; done: () => void; failed: (error: unknown) => void };

const openFile = async (path: string, flags: 'a' | 'w'): Promise<JournalFile> => open(path, flags, 0o600);

/** Writes all of `buffer`: a write may take only part of it (a full disk), and the rest must follow or fail. */
async function writeAll(file: JournalFile, buffer: Uint8Array): Promise<void> {
  for (let offset = 0; offset < buffer.length; ) {
    const { bytesWritten } = await file.write(buffer, offset, buffer.length - offset);
    if (bytesWritten <= 0) throw Object.assign(new Error('no byte written (ENOSPC?)'), { code: 'ENOSPC' });
    offset += bytesWritten;
  }
}

export class Journal<R> {
  private file: JournalFile | undefined;
  private pending: Pending<R>[] = [];
  private writing: Promise<void> = Promise.resolve();
  private scheduled = false;
  /** The file's length up to the last whole group: a failed write is cut back to it. */
  private goodLength = 0;
  /** A failed write may have left bytes past goodLength that could not be cut yet. */
  private dirty = false;
  private sinceCompaction = 0;
  private failure: unknown;

  private constructor(
    private readonly options: JournalOptions,
    private readonly apply: (record: R, replaying: boolean) => void,
    /** The records that rebuild the current state, for compaction. */
    private readonly snapshot: () => Iterable<R>,
  ) {}

  /** Replays the journal into `apply`, compacts it, and opens it for appending. */
  static async open<R>(
    options: JournalOptions,
    apply: (record: R, replaying: boolean) => void,
    snapshot: () => Iterable<R>,
  ): Promise<Journal<R>> {
    // The journal holds customer details and tokens: only the server's user reads it.
    const dir = dirname(options.path);
    await mkdir(dir, { recursive: true, mode: 0o700 });
    // Best effort on a directory made by someone else (not ours to change): the files are 0600 anyway.
    await chmod(dir, 0o700).catch(() => undefined);
    const journal = new Journal(options, apply, snapshot);
    const report = await journal.replay();
    if (report.skipped > 0 && !(report.skipped === 1 && report.lastLineTorn)) report.keptAs = await journal.keepDamaged();
    if (report.skipped > 0) options.onSkippedLines?.(report);
    try {
      await journal.compact();
    } catch (error) {
      // Uncompacted is still whole: go on appending to the journal as it is, its torn tail cut off.
      options.onCompactionFailed?.(error);
      await rm(`${options.path}.next`, { force: true }).catch(() => undefined);
      journal.file = await (options.openFile ?? openFile)(options.path, 'a');
      await chmod(options.path, 0o600);
      await journal.file.truncate(journal.goodLength);
    }
    return journal;
  }

  /** Resolves once the record is written and applied; rejects with StoreUnavailable when the write failed. */
  append(record: R): Promise<void> {
    return new Promise((done, failed) => {
      this.pending.push({ record, line: `${JSON.stringify(record)}\n`, done, failed });
      if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => {
          this.scheduled = false;
          // The chain never rejects (flush catches its own failures): a throw must not stop every later flush.
          this.writing = this.writing.then(() => this.flush()).catch(() => undefined);
        });
      }
    });
  }

  /** The last write failed, and none succeeded since. */
  get failing(): boolean {
    return this.failure !== undefined;
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
    const bytes = Buffer.from(group.map((p) => p.line).join(''));
    try {
      if (this.file === undefined) throw new Error('journal closed');
      if (this.dirty) await this.cutBack();
      this.dirty = true;
      await writeAll(this.file, bytes);
      if (this.options.sync) await this.file.datasync();
      this.dirty = false;
      this.goodLength += bytes.length;
      this.sinceCompaction += bytes.length;
    } catch (error) {
      // Every record waiting fails too: applying one written after a lost one would reorder them.
      const failed = [...group, ...this.pending];
      this.pending = [];
      const first = this.failure === undefined;
      this.failure = error;
      this.options.onWriteFailed?.(error, first);
      const unavailable = new StoreUnavailable('the journal could not be written', { cause: error });
      for (const p of failed) p.failed(unavailable);
      await this.cutBack().catch(() => undefined);
      return;
    }
    if (this.failure !== undefined) {
      this.failure = undefined;
      this.options.onRecovered?.();
    }
    for (const p of group) {
      try {
        this.apply(p.record, false);
        p.done();
      } catch (error) {
        // A defect, not an outage: the record is on disk and replays at the next start.
        p.failed(error);
      }
    }
    const limit = this.options.compactAfterBytes ?? 64 * 1024 * 1024;
    if (this.sinceCompaction <= limit) return;
    try {
      await this.compact();
    } catch (error) {
      // A failed compaction (no file handle left, a full disk) costs only disk space: the journal
      // goes on as it is, and compaction is tried again after as many bytes more.
      this.sinceCompaction = 0;
      this.options.onCompactionFailed?.(error);
      await rm(`${this.options.path}.next`, { force: true }).catch(() => undefined);
    }
  }

  /** Cuts what a failed write left past the last whole group, so no torn line stays in the file. */
  private async cutBack(): Promise<void> {
    if (this.file === undefined) return;
    await this.file.truncate(this.goodLength);
    this.dirty = false;
  }

  /** Replays whole lines; counts those it cannot use. goodLength ends after the last whole line. */
  private async replay(): Promise<ReplayReport> {
    const report: ReplayReport = { skipped: 0, lastLineTorn: false };
    if (!(await stat(this.options.path).catch(() => undefined))) return report;
    let rest = Buffer.alloc(0);
    let offset = 0;
    for await (const chunk of createReadStream(this.options.path) as AsyncIterable<Buffer>) {
      let data = rest.length > 0 ? Buffer.concat([rest, chunk]) : chunk;
      for (let end = data.indexOf(10); end >= 0; end = data.indexOf(10)) {
        const line = data.subarray(0, end).toString('utf8');
        data = data.subarray(end + 1);
        offset += end + 1;
        if (line.trim() === '') continue;
        try {
          this.apply(JSON.parse(line) as R, true);
        } catch {
          report.skipped++;
        }
      }
      rest = Buffer.from(data);
    }
    // A last line without its newline: a crash mid-write (its caller never heard it succeed).
    if (rest.toString('utf8').trim() !== '') {
      report.skipped++;
      report.lastLineTorn = true;
    }
    // Appending resumes after the last whole line (a torn one is cut off).
    this.goodLength = offset;
    return report;
  }

  /** Keeps the file as found (a hard link: no copy), for whoever investigates its damage. */
  private async keepDamaged(): Promise<string> {
    const keptAs = `${this.options.path}.damaged-${new Date().toISOString().replace(/:/g, '-')}`;
    await link(this.options.path, keptAs).catch(() => copyFile(this.options.path, keptAs));
    await chmod(keptAs, 0o600);
    return keptAs;
  }

  /** Writes the current state to a new file and swaps it in. */
  private async compact(): Promise<void> {
    const next = `${this.options.path}.next`;
    await rm(next, { force: true });
    const out = await (this.options.openFile ?? openFile)(next, 'w');
    let length = 0;
    try {
      let text = '';
      for (const record of this.snapshot()) {
        text += `${JSON.stringify(record)}\n`;
        if (text.length > 1 << 20) {
          const bytes = Buffer.from(text);
          await writeAll(out, bytes);
          length += bytes.length;
          text = '';
        }
      }
      const bytes = Buffer.from(text);
      await writeAll(out, bytes);
      length += bytes.length;
      await out.datasync();
    } finally {
      await out.close();
    }
    await rename(next, this.options.path);
    await this.file?.close();
    this.file = await (this.options.openFile ?? openFile)(this.options.path, 'a');
    this.goodLength = length;
    this.dirty = false;
    this.sinceCompaction = 0;
  }
}
