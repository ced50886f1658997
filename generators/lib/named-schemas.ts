// A dereferenced OpenAPI document with each titled schema moved to components.schemas under its
// title, the rest left inline. SDK generators name a type after the component that holds it; given
// the spec's files as they are, they would name it after the last token of a $ref (`payload`,
// `Sid`) and number the clashes (`MessagingPayload5`, `Sid2`). The title is the name the spec
// chose, so it is the name of the type.
import type { Json, JsonObject } from '../../spec/load.ts';

/** Keys whose values are data, not schemas: a `title` inside them names nothing. */
const dataKeys = new Set(['example', 'examples', 'default', 'const', 'enum', 'info']);

/** A type name: what a title must be for the schema to become a component. */
const typeName = /^[A-Z][A-Za-z0-9]*$/;

const isObject = (value: Json | undefined): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The document (dereferenced: a shared target is one object wherever it is used) with every
 * object that has a string `title` outside data replaced by `{ $ref: '#/components/schemas/<title>' }`.
 * Two different schemas with one title are an error, and so is a title that is not a type name.
 * `x-` extensions are kept as they are; of the components, only schemas and security schemes.
 */
export function withNamedSchemas(document: JsonObject): JsonObject {
  const named = new Map<string, { source: JsonObject; schema: JsonObject }>();
  const inProgress = new Set<JsonObject>();

  const visit = (value: Json): Json => {
    if (Array.isArray(value)) return value.map(visit);
    if (!isObject(value)) return value;
    return typeof value.title === 'string' ? reference(value, value.title) : copy(value);
  };

  const copy = (value: JsonObject): JsonObject => {
    // Only a titled schema can refer to itself: it becomes a $ref before its content is copied.
    if (inProgress.has(value)) throw new Error('a schema without a title refers to itself: give it a title');
    inProgress.add(value);
    const out: JsonObject = {};
    for (const [key, child] of Object.entries(value)) {
      out[key] = dataKeys.has(key) || key.startsWith('x-') ? child : visit(child);
    }
    inProgress.delete(value);
    return out;
  };

  const reference = (schema: JsonObject, title: string): JsonObject => {
    if (!typeName.test(title)) throw new Error(`schema title "${title}" is not a type name (${typeName})`);
    const known = named.get(title);
    if (known === undefined) {
      const entry = { source: schema, schema: {} as JsonObject };
      named.set(title, entry);
      entry.schema = copy(schema);
    } else if (known.source !== schema && JSON.stringify(copy(schema)) !== JSON.stringify(known.schema)) {
      throw new Error(`two different schemas are titled "${title}": give one another title`);
    }
    return { $ref: `#/components/schemas/${title}` };
  };

  const result = copy(document);
  // Parameters, responses and the like are inline already: kept, the generator would type them
  // again under names of their own (a parameter `Sid` beside the schema `Sid`: `Sid2`).
  const components = isObject(result.components) ? result.components : {};
  const own = isObject(components.schemas) ? components.schemas : {};
  const securitySchemes = components.securitySchemes;
  const schemas: JsonObject = { ...own };
  for (const [title, { schema }] of [...named].sort(([a], [b]) => a.localeCompare(b))) {
    if (title in own && JSON.stringify(own[title]) !== JSON.stringify({ $ref: `#/components/schemas/${title}` })) {
      throw new Error(`components.schemas.${title} is not the schema titled "${title}"`);
    }
    schemas[title] = schema;
  }
  return { ...result, components: { schemas, ...(securitySchemes !== undefined ? { securitySchemes } : {}) } };
}
