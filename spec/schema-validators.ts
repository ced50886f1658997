// Ajv validators for the contract's schemas under both dialects they must read alike in.
import { Ajv, type ValidateFunction } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';

const addFormats = addFormatsModule as unknown as (ajv: Ajv | Ajv2020) => void;

/** strict: false because OpenAPI and our x-livechat-* keywords sit beside JSON Schema ones. */
function withFormats<T extends Ajv | Ajv2020>(ajv: T): T {
  addFormats(ajv);
  return ajv;
}

export const dialects = {
  'draft-07': withFormats(new Ajv({ strict: false, allErrors: true })),
  '2020-12': withFormats(new Ajv2020({ strict: false, allErrors: true })),
} as const;

export type Dialect = keyof typeof dialects;

export function compile(dialect: Dialect, schema: object): ValidateFunction {
  return dialects[dialect].compile(structuredClone(schema));
}

export function describeErrors(validate: ValidateFunction): string {
  return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}`).join('; ');
}
