// The contract is well-formed: valid OpenAPI 3.1 and AsyncAPI 3.0, every example valid against its
// schema under JSON Schema draft-07 and 2020-12 alike, and the house rules hold in every file.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fromFile, Parser } from '@asyncapi/parser';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { bundled, dereferenced, documents, type Json, type JsonObject, rawFiles, specDir } from './load.ts';
import { compile, type Dialect, describeErrors } from './schema-validators.ts';

type ExampleCase = { where: string; schema: object; value: unknown };

const asObject = (value: Json | undefined): JsonObject =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? value : {};
const entries = (value: Json | undefined) => Object.entries(asObject(value));

/** Every example of an OpenAPI document (parameters, headers, bodies) with the schema it illustrates. */
function openapiExamples(name: string, doc: JsonObject): ExampleCase[] {
  const cases: ExampleCase[] = [];
  const fromContent = (where: string, content: Json | undefined) => {
    for (const [mediaType, media] of entries(content)) {
      for (const [exampleName, example] of entries(asObject(media).examples)) {
        cases.push({
          where: `${where} ${mediaType} example ${exampleName}`,
          schema: asObject(asObject(media).schema),
          value: asObject(example).value,
        });
      }
    }
  };
  const fromHeaders = (where: string, headers: Json | undefined) => {
    for (const [header, definition] of entries(headers)) {
      const example = asObject(definition).example;
      if (example !== undefined)
        cases.push({ where: `${where} header ${header}`, schema: asObject(asObject(definition).schema), value: example });
    }
  };
  for (const [path, item] of entries(doc.paths)) {
    for (const [method, operation] of entries(item)) {
      const op = asObject(operation);
      const where = `${name} ${method.toUpperCase()} ${path}`;
      for (const parameter of (op.parameters as Json[] | undefined) ?? []) {
        const p = asObject(parameter);
        cases.push({ where: `${where} parameter ${p.name}`, schema: asObject(p.schema), value: p.example });
      }
      fromContent(`${where} request`, asObject(op.requestBody).content);
      for (const [status, response] of entries(op.responses)) {
        fromContent(`${where} ${status}`, asObject(response).content);
        fromHeaders(`${where} ${status}`, asObject(response).headers);
      }
    }
  }
  return cases;
}

/** Every example of an AsyncAPI document's messages, with the message's payload schema. */
function asyncapiExamples(name: string, doc: JsonObject): ExampleCase[] {
  return entries(asObject(doc.components).messages).flatMap(([messageName, message]) =>
    ((asObject(message).examples as Json[] | undefined) ?? []).map((example) => ({
      where: `${name} message ${messageName} example ${asObject(example).name}`,
      schema: asObject(asObject(message).payload),
      value: asObject(example).payload,
    })),
  );
}

/** The `examples` of every schema in spec/schemas (files holding one schema, or a map of them). */
async function schemaFileExamples(): Promise<ExampleCase[]> {
  const cases: ExampleCase[] = [];
  for (const { file } of rawFiles().filter(({ file }) => file.startsWith('schemas/'))) {
    const content = await dereferenced(file);
    const schemas = 'title' in content ? [content] : Object.values(content).map(asObject);
    for (const schema of schemas) {
      for (const [index, value] of ((schema.examples as Json[] | undefined) ?? []).entries()) {
        cases.push({ where: `${file} ${schema.title} example ${index}`, schema, value });
      }
    }
  }
  return cases;
}

const openapi = await dereferenced(documents.openapi);
const asyncapi = await dereferenced(documents.asyncapi);
const agentOpenapi = await dereferenced(documents.agentOpenapi);
const agentAsyncapi = await dereferenced(documents.agentAsyncapi);

const examples = [
  ...openapiExamples('openapi', openapi),
  ...openapiExamples('agent/openapi', agentOpenapi),
  ...asyncapiExamples('asyncapi', asyncapi),
  ...asyncapiExamples('agent/asyncapi', agentAsyncapi),
  ...(await schemaFileExamples()),
];

describe('every example validates against its schema', () => {
  it('finds examples everywhere it should (guards the collector itself)', () => {
    expect(examples.filter((c) => c.where.startsWith('openapi ')).length).toBeGreaterThan(80);
    expect(examples.filter((c) => c.where.startsWith('asyncapi ')).length).toBeGreaterThanOrEqual(30);
    expect(examples.filter((c) => c.where.startsWith('schemas/')).length).toBeGreaterThan(20);
  });
  for (const dialect of ['draft-07', '2020-12'] as Dialect[]) {
    it.each(examples.map((c) => [c.where, c] as const))(`${dialect}: %s`, (_where, { schema, value }) => {
      expect(value, 'example has no value').not.toBeUndefined();
      const validate = compile(dialect, schema);
      expect(validate(value), describeErrors(validate)).toBe(true);
    });
  }
});

describe('the documents are valid', () => {
  const require = createRequire(import.meta.url);
  const schemas = join(require.resolve('@stoplight/spectral-rulesets/package.json'), '../dist/oas/schemas');

  // Spectral skips path items that are external $refs (spectral#2655), so check the bundles here.
  it.each([documents.openapi, documents.agentOpenapi])('%s is OpenAPI 3.1 once bundled', async (document) => {
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    // The OpenAPI 3.1 schema Spectral's oas3-schema rule uses, with the meta-schemas it refers to.
    for (const file of [
      'json-schema/draft-2020-12/index.json',
      'json-schema/draft-2020-12/validation.json',
      'oas/v3.1/meta.schema.json',
      'oas/v3.1/dialect.schema.json',
    ]) {
      ajv.addSchema(require(join(schemas, file)));
    }
    const validate = ajv.compile(require(join(schemas, 'oas/v3.1/index.json')));
    const bundle = await bundled(document);
    expect(validate(bundle), describeErrors(validate)).toBe(true);
    // and the check can fail: an operationId that is not a string is refused
    const broken = structuredClone(bundle);
    const firstOperation = Object.values(asObject(Object.values(asObject(broken.paths))[0]))[0];
    asObject(firstOperation).operationId = 5;
    expect(validate(broken)).toBe(false);
  });

  it.each([documents.asyncapi, documents.agentAsyncapi])('%s parses as AsyncAPI 3.0 without errors or warnings', async (document) => {
    const { document: parsed, diagnostics } = await fromFile(new Parser(), join(specDir, document)).parse();
    const problems = diagnostics.filter((d) => d.severity <= 1 && d.code !== 'asyncapi-latest-version');
    expect(problems.map((d) => `${d.code}: ${d.message} at ${d.path.join('.')}`)).toEqual([]);
    expect(parsed?.version()).toBe('3.0.0');
  });
});

describe('house rules, on every file of spec/', () => {
  const files = rawFiles();
  const errorCodeFile = asObject(files.find((f) => f.file === 'schemas/ErrorCode.yaml')?.content);
  const errorCodes = new Set((errorCodeFile.oneOf as JsonObject[]).map((v) => v.const));
  /** Calls visit on every object of every file, with a readable location. */
  const everyObject = (visit: (node: JsonObject, where: string, key: string) => void) => {
    const walk = (node: Json, where: string, key: string) => {
      if (node === null || typeof node !== 'object') return;
      if (!Array.isArray(node)) visit(node, where, key);
      for (const [k, child] of Object.entries(node)) walk(child as Json, `${where}/${k}`, k);
    };
    for (const { file, content } of files) walk(content, file, '');
  };
  const violations = (check: (node: JsonObject, key: string) => boolean) => {
    const found: string[] = [];
    everyObject((node, where, key) => check(node, key) && found.push(where));
    return found;
  };

  it('no mapping key without a value (a comma inside a YAML flow mapping makes one)', () => {
    expect(violations((node) => Object.entries(node).some(([k, v]) => v === null && k !== 'address'))).toEqual([]);
  });
  it('no enum keyword: enumerations are oneOf/const with a description per value', () => {
    expect(violations((node) => 'enum' in node && ('type' in node || 'oneOf' in node))).toEqual([]);
  });
  it('every enumerated value has a description', () => {
    const undescribed = (node: JsonObject) =>
      Array.isArray(node.oneOf) && node.oneOf.some((branch) => 'const' in asObject(branch) && !('description' in asObject(branch)));
    expect(violations(undescribed)).toEqual([]);
  });
  it('no discriminator, nullable, $defs or other keywords draft-07 reads differently', () => {
    const banned = ['discriminator', 'nullable', '$defs', 'prefixItems', 'unevaluatedProperties', 'dependentSchemas', '$dynamicRef'];
    expect(violations((node, key) => key !== 'properties' && banned.some((k) => k in node))).toEqual([]);
  });
  it('no inline enumeration of error codes outside schemas/ErrorCode.yaml', () => {
    const inline = violations((node) => Array.isArray(node.oneOf) && node.oneOf.some((b) => errorCodes.has(asObject(b).const)));
    expect(inline).toEqual(['schemas/ErrorCode.yaml']);
  });
});

describe('the two descriptions of the event stream agree', () => {
  it('the long-poll StreamEvent lists exactly the eventStream messages but Heartbeat', () => {
    const channel = asObject(asObject(asObject(asyncapi.channels).eventStream).messages);
    const onTheWire = Object.keys(channel)
      .filter((name) => name !== 'Heartbeat')
      .sort();
    const poll = asObject(asObject(asObject(openapi.paths)['/tetherfi/livechat/events/poll']).get);
    const schema = asObject(asObject(asObject(asObject(asObject(poll.responses)['200']).content)['application/json']).schema);
    const variants = (asObject(asObject(schema.properties).events).items as JsonObject).oneOf as JsonObject[];
    const names = variants.map((v) => {
      const payload = Array.isArray(v.allOf) ? asObject(v.allOf[0]) : v;
      return asObject(asObject(payload.properties).event).const;
    });
    expect(names.sort()).toEqual(onTheWire);
  });
  it('every message of the eventStream channel is marked raised by the server', () => {
    const channel = asObject(asObject(asObject(asyncapi.channels).eventStream).messages);
    for (const [name, message] of Object.entries(channel)) {
      expect([asObject(message)['x-livechat-raised-by']].flat(), name).toContain('server');
    }
  });
});
