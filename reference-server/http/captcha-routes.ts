// The captcha image (setCaptchaImage / resetCaptchaImage): a thin adapter over chat/captcha.ts.
// The request needs no token (an <img> loads it) and makes the browser session when it has none.
import type { FastifyInstance } from 'fastify';
import { operations } from '../../generated/http/operations.ts';
import type { Captchas } from '../chat/captcha.ts';
import type { CustomerChats } from '../chat/customer-chats.ts';
import type { Store } from '../store/store.ts';
import { type Handler, registerOperation, type Violations } from './contract.ts';
import { browserSessionOrNew, type OperationId } from './customer-routes.ts';

export type CaptchaDeps = { store: Store; chats: CustomerChats; captchas: Captchas; violations?: Violations };

export function registerCaptchaRoutes(app: FastifyInstance, deps: CaptchaDeps): OperationId[] {
  const handlers: Partial<Record<OperationId, Handler>> = {
    getCaptchaImage: async (request, reply) => {
      const { reset } = request.query as { reset?: 'true' | 'false' };
      const { session } = await browserSessionOrNew(request, reply, deps);
      const svg = await deps.captchas.image(session, reset === 'true');
      return reply
        .type('image/svg+xml')
        .header('cache-control', 'no-store')
        .header('x-content-type-options', 'nosniff')
        .header('content-security-policy', "default-src 'none'")
        .send(svg);
    },
  };
  for (const [id, handler] of Object.entries(handlers) as [OperationId, Handler][])
    registerOperation(app, 'customer', id, operations[id], handler, deps.violations);
  return Object.keys(handlers) as OperationId[];
}
