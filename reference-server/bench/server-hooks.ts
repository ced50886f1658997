// Preloaded (--import) into the servers the bench starts; talks with the bench over the IPC channel:
// - when the bench goes - even killed, with no chance to stop its children - the channel closes
//   and the server stops as on SIGTERM (the reference server drains and flushes its journal), or
//   exits 10 s later at the latest;
// - 'memory': a full garbage collection (the server runs with --expose-gc), then answers
//   process.memoryUsage(), so memory per session is what the sessions retain;
// - 'loop': answers the event loop's delay and the GC pauses since the last 'loop', and starts
//   over - how long the server could not serve anything, whatever the load generators saw.
import { monitorEventLoopDelay, PerformanceObserver } from 'node:perf_hooks';

type Gc = (options?: { type?: 'major'; execution?: 'sync' }) => void;

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
    if (message === 'memory') {
      (globalThis as { gc?: Gc }).gc?.({ type: 'major', execution: 'sync' });
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
