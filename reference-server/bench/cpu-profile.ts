// A CPU profile of a window of this process (node:inspector, the format of `node --cpu-prof`:
// open it in Chrome DevTools or speedscope), so that the bench profiles each phase apart.
import { writeFile } from 'node:fs/promises';
import { Session } from 'node:inspector/promises';

let session: Session | undefined;

export async function startProfile(): Promise<void> {
  session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
}

/** Stops the profile started last and writes it to `path`. */
export async function stopProfile(path: string): Promise<void> {
  if (session === undefined) return;
  const { profile } = await session.post('Profiler.stop');
  session.disconnect();
  session = undefined;
  await writeFile(path, JSON.stringify(profile));
}
