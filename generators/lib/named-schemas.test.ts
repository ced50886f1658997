// withNamedSchemas: titled schemas become components named by their titles, nothing else moves.
import { describe, expect, it } from 'vitest';
import type { JsonObject } from '../../spec/load.ts';
import { withNamedSchemas } from './named-schemas.ts';

const sid: JsonObject = { title: 'Sid', type: 'string' };
const document = (schemas: Record<string, JsonObject>): JsonObject => ({
  openapi: '3.1.0',
  info: { title: 'A title that is no type name', version: '1' },
  paths: {
    '/chats/{sid}': {
      post: {
        parameters: [{ name: 'sid', in: 'path', required: true, schema: sid }],
        requestBody: { content: { 'application/json': { schema: schemas.body ?? {} } } },
        responses: { '200': { description: 'ok', content: { 'application/json': { schema: schemas.answer ?? {} } } } },
      },
    },
  },
  components: {
    parameters: { Sid: { name: 'sid', in: 'path', required: true, schema: sid } },
    securitySchemes: { key: { type: 'apiKey' } },
  },
});

describe('withNamedSchemas', () => {
  it('names each titled schema once, by its title, wherever it is used, and leaves untitled ones inline', () => {
    const answer = { type: 'object', properties: { sid, title: { type: 'string' } } };
    const out = withNamedSchemas(document({ answer }));
    const post = (out.paths as JsonObject)['/chats/{sid}'] as { post: Record<string, unknown> };
    expect(post.post.parameters).toEqual([{ name: 'sid', in: 'path', required: true, schema: { $ref: '#/components/schemas/Sid' } }]);
    expect(post.post.responses).toMatchObject({
      '200': { content: { 'application/json': { schema: { type: 'object', properties: { sid: { $ref: '#/components/schemas/Sid' } } } } } },
    });
    // A property named `title` is a property, and info's title is no schema.
    expect(post.post.responses).toMatchObject({
      '200': {
        content: { 'application/json': { schema: { properties: { title: { type: 'string' } } } } },
      },
    });
    expect(out.info).toEqual({ title: 'A title that is no type name', version: '1' });
    // Parameters are inline already: only schemas and security schemes stay in components.
    expect(out.components).toEqual({ schemas: { Sid: { title: 'Sid', type: 'string' } }, securitySchemes: { key: { type: 'apiKey' } } });
  });

  it('leaves examples and x- extensions as they are, titles and all', () => {
    const body = { type: 'object', examples: [{ title: 'Not A Type' }], 'x-livechat-signature': [{ schema: sid }] };
    const out = withNamedSchemas(document({ body }));
    expect(JSON.stringify(out)).toContain('"examples":[{"title":"Not A Type"}]');
    expect(JSON.stringify(out)).toContain('"x-livechat-signature":[{"schema":{"title":"Sid","type":"string"}}]');
  });

  it('refuses two different schemas with one title, and a title that is no type name', () => {
    expect(() => withNamedSchemas(document({ answer: { title: 'Sid', type: 'integer' } }))).toThrow(
      /two different schemas are titled "Sid"/,
    );
    expect(() => withNamedSchemas(document({ answer: { title: 'The answer', type: 'object' } }))).toThrow(
      /"The answer" is not a type name/,
    );
  });

  it('accepts the same schema written twice (two files with equal content) under one title', () => {
    expect(() => withNamedSchemas(document({ answer: { title: 'Sid', type: 'string' } }))).not.toThrow();
  });
});
