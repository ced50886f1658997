// Preloaded (--import) into the servers the bench starts; talks with the bench over the IPC channel:
// - when the bench goes - even killed, with no chance to stop its children - the channel closes
//   and the server stops as on SIGTERM (the reference server drains and flushes its journal), or
//   exits 10 s later at the latest;
// - 'memory': a full, compacting garbage collection (the server runs with --expose-gc; V8's
//   last-resort collection, which also gives back the room the young generation grew to under
//   load), then answers process.memoryUsage(), so memory per session is what the sessions retain;
// - 'loop': answers the event loop's delay and the GC pauses since the last 'loop', and starts
//   over - how long the server could not serve anything, whatever the load generators saw;
// - 'profile-start', then { type: 'profile-stop', path }: a CPU profile of the window between;
// - { type: 'snapshot', path }: a heap snapshot.

import { monitorEventLoopDelay, PerformanceObserver } from 'node:perf_hooks';
import { writeHeapSnapshot } from 'node:v8';
import { startProfile, stopProfile } from './cpu-profile.ts';

type Gc = (options?: { type?: 'major'; execution?: 'sync'; flavor?: 'last-resort' }) => void;

const delay = monitorEventLoopDelay({ resolution: 10 });
delay.enable();
const gc = { max: 0, total: 0 };
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    gc.max = Math.max(gc.max, entry.duration);
    gc.total += entry.duration;
  }
}).observe({ entryTypes: ['gc'] });

if (process.send !== undefined) {
  process.on('message', (message: unknown) => {
    if (message === 'profile-start') void startProfile().then(() => process.send?.({ type: 'profile-start' }));
    const { type, path } = (message ?? {}) as { type?: string; path?: string };
    if (type === 'snapshot' && path !== undefined) {
      writeHeapSnapshot(path);
      process.send?.({ type: 'snapshot' });
    }
    if (type === 'profile-stop' && path !== undefined) void stopProfile(path).then(() => process.send?.({ type: 'profile-stop' }));
    if (message === 'memory') {
      (globalThis as { gc?: Gc }).gc?.({ type: 'major', execution: 'sync', flavor: 'last-resort' });
      process.send?.({ type: 'memory', ...process.memoryUsage() });
    }
    if (message === 'loop') {
      const ms = (ns: number) => ns / 1e6;
      process.send?.({
        type: 'loop',
        delayP50: ms(delay.percentile(50)),
        delayP99: ms(delay.percentile(99)),
        delayMax: ms(delay.max),
        gcMax: gc.max,
        gcTotal: gc.total,
      });
      delay.reset();
      gc.max = 0;
      gc.total = 0;
    }
  });
  // After adding the listener, which refs the channel: the channel alone must not keep the server up.
  process.channel?.unref();
  process.on('disconnect', () => {
    setTimeout(() => process.exit(1), 10_000).unref();
    process.kill(process.pid, 'SIGTERM');
  });
}
