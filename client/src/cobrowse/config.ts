// SetCobrConfigs' config as the library reads it (spec/schemas/CobrConfig.yaml): the document
// prints it inside an outer MediaTransport; both forms mean the same. Apart from the co-browse
// part, so livechat.js can read it without carrying that part.
import type { AvConfig } from '../media/host.ts';

const CONFIG_KEYS = ['MediaTransport', 'MediaCapture', 'Signaling', 'Network', 'Display'];

export function cobrConfigOf(config: unknown): AvConfig {
  const outer = (config ?? {}) as { MediaTransport?: Record<string, unknown> };
  const inner = outer.MediaTransport;
  const printed = inner !== undefined && Object.keys(inner).some((key) => CONFIG_KEYS.includes(key)) && !('iceServers' in inner);
  return (printed ? inner : outer) as AvConfig;
}
