// The shared ErrorCode schema as a map from code to HTTP status. Read from the file because
// Spectral hands functions documents whose nested external $refs are left unresolved.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

let table;
export function errorCodeTable() {
  if (table === undefined) {
    const schema = parse(readFileSync(join(process.cwd(), 'spec/schemas/ErrorCode.yaml'), 'utf8'));
    table = new Map(schema.oneOf.map((value) => [value.const, value['x-livechat-http-status']]));
  }
  return table;
}
