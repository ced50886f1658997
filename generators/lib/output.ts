// What a generator produces: files for generated/, each opening with the do-not-edit header.

/** A generated file's path inside generated/ and its content without the header. */
export type GeneratedFile = { path: string; source: string; content: string };

export const regenerate = 'npm run generate';

/** The first lines of every generated file: what it came from and how to regenerate it. */
export function header(source: string, commentStart = '//'): string {
  return `${commentStart} generated from ${source} by \`${regenerate}\` (generators/generate.ts), do not edit\n`;
}

export function withHeader(file: GeneratedFile): string {
  const comment = file.path.endsWith('.md') ? '<!--' : '//';
  const first = comment === '<!--' ? `<!-- generated from ${file.source} by \`${regenerate}\`, do not edit -->\n` : header(file.source);
  return first + file.content;
}

/** A JSON value as a TypeScript literal, keys in the order the contract gives them. */
export function literal(value: unknown): string {
  return JSON.stringify(value, null, 2);
}
