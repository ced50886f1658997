// The conformance cases the mock does not satisfy, and why: a mock answers from the contract's
// examples and plays scripted scenarios; it does not enforce every budget and state a deployment
// keeps. mock-server/test/conformance.test.ts runs the suite against the mock and holds this
// list to what it finds (a case that starts passing must leave the list), so it stays true.
export const mockLimits: Record<string, string> = {
  'error:startChat:CustomerDetailsRejected': 'the mock has no key for encrypted customer details: it takes any details',
  'error:startChat:InvalidSessionState': 'the mock does not track a browser session’s mode (single- or multi-chat)',
  'error:endChat:RateLimited': 'the mock keeps no rate budgets',
  'error:sendMessage:RateLimited': 'the mock keeps no rate budgets',
  'error:sendAppMessage:RateLimited': 'the mock keeps no rate budgets',
  'error:notifyTypingStateChange:RateLimited': 'the mock keeps no rate budgets',
  'error:requestCallback:RateLimited': 'the mock keeps no rate budgets',
  'error:uploadFiles:RateLimited': 'the mock keeps no rate budgets',
  'error:sendAppMessage:PayloadTooLarge': 'Prism checks the schema, not the maxAppMessageBytes limit Start announces',
  'multichat:uploadFiles:Sid': 'Open’s Session does not list the chat’s files on the mock',
  'event:ChatStarted': 'the mock does not announce a new chat to the other pages of a multi-chat browser (ChatStarted)',
};
