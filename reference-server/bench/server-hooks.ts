// Preloaded (--import) into the servers the bench starts, over their IPC channel with the bench:
// - when the bench goes - even killed, with no chance to stop its children - the channel closes
//   and the server stops as on SIGTERM (the reference server drains and flushes its journal), or
//   exits 10 s later at the latest;
// - 'memory' asks for a full garbage collection (the server runs with --expose-gc) and answers
//   process.memoryUsage() after it, so memory per session is what the sessions retain.
type Gc = (options?: { type?: 'major'; execution?: 'sync' }) => void;

if (process.send !== undefined) {
  process.on('message', (message: unknown) => {
    if (message !== 'memory') return;
    (globalThis as { gc?: Gc }).gc?.({ type: 'major', execution: 'sync' });
    process.send?.({ type: 'memory', ...process.memoryUsage() });
  });
  // After adding the listener, which refs the channel: the channel alone must not keep the server up.
  process.channel?.unref();
  process.on('disconnect', () => {
    setTimeout(() => process.exit(1), 10_000).unref();
    process.kill(process.pid, 'SIGTERM');
  });
}
