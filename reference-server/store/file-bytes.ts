// Where the bytes of customers' uploaded files are kept, behind one small interface: the chat
// core (chat/files.ts) receives each file into a temporary file on local disk (streamed, its type
// sniffed), then hands it here before the upload is recorded; downloads read it back. The
// embedded store keeps them in a local directory (local-file-bytes.ts), the Redis store in Redis
// (redis-file-bytes.ts), so that every node serves every file.
import type { Readable } from 'node:stream';

/** A received file to keep: its temporary file (taken over by keep), the server-made name it is kept under, and its size. */
export type FileToKeep = { tmp: string; storedAs: string; fileSize: number };

export interface FileBytes {
  /**
   * Keeps the files' bytes under their stored names, all or none: when it resolves every one is
   * written and confirmed (as durable as the store's records), and the temporary files are gone;
   * when it fails none is kept. In Redis they are pending until the chat's record names them
   * (Store.putChat's `newFiles` makes them permanent in the same step): unrecorded, they expire.
   * In a local directory they are there at once; a crash before the record leaves a file no record
   * names, which LocalFileBytes.removeUnreferenced clears at the next start.
   */
  keep(files: FileToKeep[]): Promise<void>;
  /** A kept file's bytes as a stream, or undefined when none are kept under the name. */
  read(storedAs: string): Promise<Readable | undefined>;
  /** Removes a kept file's bytes (nothing happens when there are none). */
  remove(storedAs: string): Promise<void>;
}

/** A stored name: hex the server made, never a name from a request (it becomes a path or a key). */
export function checkedStoredName(storedAs: string): string {
  if (!/^[0-9a-f]{32}$/.test(storedAs)) throw new Error(`not a stored file name: ${storedAs}`);
  return storedAs;
}
