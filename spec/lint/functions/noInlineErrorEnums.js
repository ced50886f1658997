// Any enumeration that holds an error code must be the whole shared ErrorCode schema, so that
// no operation or message narrows or copies the codes inline (they are listed in x-livechat-errors).
import { errorCodeTable } from './errorCodeTable.js';

const constsOf = (node) =>
  Array.isArray(node.enum)
    ? node.enum
    : Array.isArray(node.oneOf) && node.oneOf.every((b) => b && 'const' in b)
      ? node.oneOf.map((b) => b.const)
      : undefined;

export default function noInlineErrorEnums(root) {
  const codes = errorCodeTable();
  const results = [];
  const seen = new Set();
  const visit = (node, path) => {
    if (node === null || typeof node !== 'object' || seen.has(node)) return;
    seen.add(node);
    const values = constsOf(node);
    if (values !== undefined && node.title !== 'ErrorCode' && values.some((v) => codes.has(v))) {
      results.push({ message: 'inline enumeration of error codes; reference schemas/ErrorCode.yaml instead', path });
    }
    for (const [key, value] of Object.entries(node)) visit(value, [...path, key]);
  };
  visit(root, []);
  return results;
}
