// Where the mock's files are: in the repository, spec/openapi.yaml, client/dist/ (npm run build)
// and reference-server/demo/; in the package @livechat-kit/mock, beside the bundled command in
// dist/ (the contract as one file, the client's bundles, the demo), as mock-server/build.ts puts them.
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export type MockFiles = { spec: string; clientDist: string; demoDir: string };

/** The packaged layout when the contract lies beside this code (the bundle in dist/), else the repository's. */
export function mockFiles(here = import.meta.dirname): MockFiles {
  if (existsSync(join(here, 'openapi.yaml'))) {
    return { spec: join(here, 'openapi.yaml'), clientDist: join(here, 'client'), demoDir: join(here, 'demo') };
  }
  const root = join(here, '..');
  return {
    spec: join(root, 'spec', 'openapi.yaml'),
    clientDist: join(root, 'client', 'dist'),
    demoDir: join(root, 'reference-server', 'demo'),
  };
}
