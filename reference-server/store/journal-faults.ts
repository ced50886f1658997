// Journal files that run out of space on demand, for the tests: a disk with `spaceLeft` bytes
// takes a write only in part (a short write, as write(2) does) and then fails with ENOSPC.
import { open } from 'node:fs/promises';
import type { JournalFile } from './journal.ts';

export type Disk = {
  /** Bytes the disk still takes (Infinity: no limit). */
  spaceLeft: number;
  /** Most bytes one write takes (short writes without a full disk). */
  maxWrite?: number;
  /** Writes refused so far. */
  refused: number;
};

export const disk = (): Disk => ({ spaceLeft: Number.POSITIVE_INFINITY, refused: 0 });

/** A JournalOptions.openFile over real files, with `disk`'s limits. */
export const openOn =
  (d: Disk) =>
  async (path: string, flags: 'a' | 'w'): Promise<JournalFile> => {
    const file = await open(path, flags, 0o600);
    return {
      async write(buffer, offset, length) {
        const room = Math.min(length, d.spaceLeft, d.maxWrite ?? length);
        if (room <= 0) {
          d.refused++;
          throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
        }
        const written = await file.write(buffer, offset, room);
        d.spaceLeft -= written.bytesWritten;
        return written;
      },
      truncate: (length) => file.truncate(length),
      datasync: () => file.datasync(),
      close: () => file.close(),
    };
  };
