// The ES module for bundlers: the typed core, the document's objects and classes, the errors.
export { CustomerDetails, SessionDetails } from './classes.ts';
export { type ClientOptions, LivechatClient } from './core/client.ts';
export { LivechatError } from './errors.ts';
export { createLivechat } from './surface.ts';
