// A Dockerfile's steps followed without a container, for machines where none runs (root README,
// "Certify in your CI"): each stage is a folder standing for its filesystem (the container's /x is
// <stage>/x), COPY copies from the build context (the repository less .dockerignore) or from an
// earlier stage, WORKDIR, ENV, USER, VOLUME, EXPOSE, HEALTHCHECK, CMD and ENTRYPOINT are recorded,
// and RUN runs its command with sh in the stage's working folder, with the stage's environment
// only. A RUN that needs the image itself (a user, a root-owned folder) or that a test does more
// cheaply must be named in `replace`, with what stands for it; any other RUN naming an absolute
// path is refused, so a new step in a Dockerfile cannot pass unnoticed.
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { promisify } from 'node:util';
import {
  DockerfileParser,
  type Env,
  type Healthcheck,
  type Instruction,
  type JSONInstruction,
  type ModifiableInstruction,
} from 'dockerfile-ast';

const run = promisify(execFile);

export type Stage = {
  /** `FROM … AS name`; undefined for an unnamed stage. */
  name: string | undefined;
  image: string;
  /** The folder standing for the stage's filesystem root. */
  root: string;
  /** The working directory, a container path. */
  workdir: string;
  env: Record<string, string>;
  user: string | undefined;
  volumes: string[];
  exposed: string[];
  healthcheck: { options: Record<string, string>; command: string[] } | undefined;
  entrypoint: string[] | undefined;
  cmd: string[] | undefined;
  /** What each RUN was: `ran` as written, or `replaced` (by the test's stand-in). */
  runs: { command: string; done: 'ran' | 'replaced' }[];
};

/** A stand-in for a RUN step, given the stage it runs in. */
export type Replacement = (stage: Stage) => Promise<void> | void;

/** The folder standing for a container path of the stage (relative paths are the working directory's). */
export function hostPath(stage: Stage, path: string): string {
  return join(stage.root, posix.resolve(stage.workdir, path));
}

/** This machine's way to the registry (proxies, its certificate authorities), which a build on it would use too. */
const NETWORK = /^(https?_proxy|no_proxy|NODE_EXTRA_CA_CERTS|SSL_CERT_FILE|SSL_CERT_DIR)$/i;

/**
 * The environment a process of the stage gets: the image's (ENV, container paths mapped) and of this
 * machine's only HOME (npm's cache and settings), its network settings, and PATH - after the stage's
 * global bin and this Node, which stands for the image's node.
 */
export function stageEnv(stage: Stage, extra: Record<string, string> = {}): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(stage.env)) env[name] = value.startsWith('/') ? hostPath(stage, value) : value;
  const network = Object.entries(process.env).filter(
    (entry): entry is [string, string] => NETWORK.test(entry[0]) && entry[1] !== undefined,
  );
  return {
    ...Object.fromEntries(network),
    HOME: process.env.HOME ?? '/root',
    PATH: [hostPath(stage, '/usr/local/bin'), dirname(process.execPath), process.env.PATH ?? ''].join(':'),
    // `npm install --global` installs into the stage's /usr/local, as in the node image.
    npm_config_prefix: hostPath(stage, '/usr/local'),
    ...env,
    ...extra,
  };
}

/** Whether .dockerignore leaves a path (relative to the context, `/`-separated) out of the build context. */
export function dockerignore(context: string): (path: string) => boolean {
  const file = join(context, '.dockerignore');
  const lines = existsSync(file) ? readFileSync(file, 'utf8').split('\n') : [];
  const patterns = lines.map((line) => line.trim()).filter((line) => line !== '' && !line.startsWith('#'));
  if (patterns.some((pattern) => pattern.startsWith('!'))) throw new Error('.dockerignore exceptions (!) are not followed here');
  const expressions = patterns.map((pattern) => {
    const parts = pattern.replace(/^\/+|\/+$/g, '').split('/');
    const body = parts
      .map((part, index) => {
        const last = index === parts.length - 1;
        if (part === '**') return last ? '.*' : '(?:.*/)?';
        const glob = part
          .replace(/[.+^${}()|[\]\\]/g, '\\$&')
          .replace(/\*/g, '[^/]*')
          .replace(/\?/g, '[^/]');
        return last ? glob : `${glob}/`;
      })
      .join('');
    return new RegExp(`^${body}$`);
  });
  // A pattern that matches a folder leaves out everything in it.
  return (path) => {
    const parts = path.split('/');
    return parts.some((_, index) => {
      const prefix = parts.slice(0, index + 1).join('/');
      return expressions.some((expression) => expression.test(prefix));
    });
  };
}

/** The files of the build context, relative and `/`-separated. */
export function contextFiles(context: string): string[] {
  const ignored = dockerignore(context);
  const files: string[] = [];
  const walk = (relative: string) => {
    for (const entry of readdirSync(join(context, relative), { withFileTypes: true })) {
      const path = relative === '' ? entry.name : `${relative}/${entry.name}`;
      if (ignored(path)) continue;
      if (entry.isDirectory()) walk(path);
      else files.push(path);
    }
  };
  walk('');
  return files;
}

const jsonForm = (instruction: Instruction) => {
  const strings = (instruction as JSONInstruction).getJSONStrings?.() ?? [];
  if (strings.length === 0)
    throw new Error(`${instruction.getKeyword()} must be in exec (JSON) form: ${instruction.getArgumentsContent()}`);
  return strings.map((string) => string.getJSONValue());
};

const flagsOf = (instruction: Instruction) =>
  Object.fromEntries(((instruction as ModifiableInstruction).getFlags?.() ?? []).map((flag) => [flag.getName(), flag.getValue() ?? '']));

/**
 * Follows the Dockerfile's stages into folders under `work`; the last stage is the image. `context`
 * is the build context's folder; `replace` maps a RUN command, as written, to what stands for it.
 */
export async function followDockerfile(
  dockerfile: string,
  options: { context: string; work: string; replace?: Record<string, Replacement> },
): Promise<Stage[]> {
  const stages: Stage[] = [];
  const context = contextFiles(options.context);
  const instructions = DockerfileParser.parse(readFileSync(dockerfile, 'utf8')).getInstructions();
  let stage: Stage | undefined;
  for (const instruction of instructions) {
    const keyword = instruction.getKeyword();
    const args = instruction.getArguments().map((argument) => argument.getValue());
    if (keyword === 'FROM') {
      const [image = '', as, name] = args;
      const root = join(options.work, `${stages.length}-${name ?? 'image'}`);
      mkdirSync(root, { recursive: true });
      stage = {
        name: as?.toUpperCase() === 'AS' ? name : undefined,
        image,
        root,
        workdir: '/',
        env: {},
        user: undefined,
        volumes: [],
        exposed: [],
        healthcheck: undefined,
        entrypoint: undefined,
        cmd: undefined,
        runs: [],
      };
      stages.push(stage);
      continue;
    }
    if (stage === undefined) throw new Error(`${keyword} before FROM`);
    const current = stage;
    switch (keyword) {
      case 'WORKDIR':
        current.workdir = posix.resolve(current.workdir, args[0] ?? '/');
        mkdirSync(hostPath(current, '.'), { recursive: true });
        break;
      case 'ENV':
        for (const property of (instruction as Env).getProperties()) current.env[property.getName()] = property.getValue() ?? '';
        break;
      case 'COPY': {
        const from = flagsOf(instruction).from;
        const source = from === undefined ? undefined : stages.find((s) => s.name === from);
        if (from !== undefined && source === undefined) throw new Error(`COPY --from=${from}: no such stage before it`);
        const destination = args.at(-1) ?? '.';
        for (const path of args.slice(0, -1)) copy(current, destination, path, source, options.context, context);
        break;
      }
      case 'RUN': {
        const command = instruction.getArgumentsContent() ?? '';
        const replacement = options.replace?.[command];
        if (replacement !== undefined) {
          await replacement(current);
          current.runs.push({ command, done: 'replaced' });
          break;
        }
        if (/(^|[\s=])\//.test(command)) throw new Error(`RUN ${command}: names a path of the image; give the test a stand-in for it`);
        await run('sh', ['-c', command], {
          cwd: hostPath(current, '.'),
          env: stageEnv(current),
          maxBuffer: 64 * 1024 * 1024,
          timeout: 300_000,
        }).catch((error: { stdout?: string; stderr?: string; message: string }) => {
          throw new Error(`RUN ${command} failed: ${error.message}\n${error.stdout ?? ''}${error.stderr ?? ''}`);
        });
        current.runs.push({ command, done: 'ran' });
        break;
      }
      case 'USER':
        current.user = args[0];
        break;
      case 'VOLUME':
        current.volumes.push(...(args[0]?.startsWith('[') ? jsonForm(instruction) : args));
        break;
      case 'EXPOSE':
        current.exposed.push(...args);
        break;
      case 'HEALTHCHECK': {
        const content = instruction.getArgumentsContent() ?? '';
        const json = /\bCMD\s+(\[.*\])\s*$/s.exec(content)?.[1];
        if (json === undefined) throw new Error(`HEALTHCHECK must be CMD in exec (JSON) form: ${content}`);
        current.healthcheck = { options: flagsOf(instruction as Healthcheck), command: JSON.parse(json) as string[] };
        break;
      }
      case 'ENTRYPOINT':
        current.entrypoint = jsonForm(instruction);
        break;
      case 'CMD':
        current.cmd = jsonForm(instruction);
        break;
      default:
        throw new Error(`${keyword} is not followed here (test-support/dockerfile-steps.ts)`);
    }
  }
  return stages;
}

/** COPY's rules: a folder's contents into the destination folder; a file into a folder (destination ending in /, or one that exists) or as the destination. */
function copy(stage: Stage, destination: string, path: string, from: Stage | undefined, contextFolder: string, context: string[]) {
  if (/[*?[]/.test(path)) throw new Error(`COPY ${path}: wildcards are not followed here`);
  const target = hostPath(stage, destination);
  const intoFolder = destination.endsWith('/') || destination === '.' || (existsSync(target) && statSync(target).isDirectory());
  if (from !== undefined) {
    const source = join(from.root, posix.resolve(from.workdir, path));
    if (!existsSync(source)) throw new Error(`COPY --from=${from.name} ${path}: not in that stage`);
    if (statSync(source).isDirectory()) cpSync(source, target, { recursive: true, verbatimSymlinks: true });
    else cpSync(source, intoFolder ? join(target, posix.basename(path)) : target);
    return;
  }
  const normalized = posix.normalize(path).replace(/\/$/, '');
  const relative = normalized === '.' ? '' : normalized;
  const files = context.filter((file) => relative === '' || file === relative || file.startsWith(`${relative}/`));
  if (files.length === 0) throw new Error(`COPY ${path}: not in the build context (missing, or left out by .dockerignore)`);
  const single = files.length === 1 && files[0] === relative;
  for (const file of files) {
    const to = single
      ? intoFolder
        ? join(target, posix.basename(file))
        : target
      : join(target, relative === '' ? file : file.slice(relative.length + 1));
    mkdirSync(dirname(to), { recursive: true });
    cpSync(join(contextFolder, file), to);
  }
}
