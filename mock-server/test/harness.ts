// Starts the mock for a test: Prism on a free loopback port, the front on 127.0.0.1 (any free port).
import { createMockServer } from '../app.ts';
import { startPrism } from '../prism.ts';

export async function startMock(clientDist?: string) {
  const prism = await startPrism();
  const mock = await createMockServer({ prismUrl: prism.url, host: '127.0.0.1', ...(clientDist !== undefined ? { clientDist } : {}) });
  const baseUrl = await mock.app.listen({ host: '127.0.0.1', port: 0 });
  return {
    baseUrl,
    close: async () => {
      await mock.app.close();
      await prism.stop();
    },
  };
}

export type TestMock = Awaited<ReturnType<typeof startMock>>;
