// An operation's x-livechat-errors are known ErrorCodes, and its 4xx/5xx responses are exactly
// the statuses of those codes (each code's x-livechat-http-status), so the two cannot drift.
import { errorCodeTable } from './errorCodeTable.js';

export default function operationErrors(operation, _options, context) {
  const listed = operation['x-livechat-errors'];
  if (!Array.isArray(listed)) return [{ message: 'x-livechat-errors must list the ErrorCodes this operation can return (may be empty)' }];
  const codes = errorCodeTable();
  const results = [];
  const expected = new Set();
  for (const code of listed) {
    if (!codes.has(code))
      results.push({ message: `x-livechat-errors: ${code} is not an ErrorCode`, path: [...context.path, 'x-livechat-errors'] });
    else expected.add(String(codes.get(code)));
  }
  const declared = new Set(Object.keys(operation.responses ?? {}).filter((s) => /^[45]/.test(s)));
  for (const status of expected) {
    if (!declared.has(status))
      results.push({
        message: `a listed code is sent with ${status} but the operation has no ${status} response`,
        path: [...context.path, 'responses'],
      });
  }
  for (const status of declared) {
    if (!expected.has(status))
      results.push({
        message: `response ${status} matches none of the listed x-livechat-errors`,
        path: [...context.path, 'responses', status],
      });
  }
  return results;
}
