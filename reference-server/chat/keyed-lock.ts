// Runs the work on one key one at a time (a browser session, an agent), so that the read-change-
// write of a record over an async store is never interleaved. Handwritten: the libraries that do
// this (async-mutex, p-queue) are per-object, and a map of promise chains is a dozen lines.
/** Runs work on one key at a time: in this process (KeyedLock), or across every process sharing a store (store/redis-lock.ts). */
export type Locks = { run<T>(key: string, work: () => Promise<T>): Promise<T> };

export class KeyedLock implements Locks {
  private readonly tails = new Map<string, Promise<unknown>>();

  run<T>(key: string, work: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    const result = previous.then(work, work);
    const tail = result.catch(() => undefined);
    this.tails.set(key, tail);
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return result;
  }
}
