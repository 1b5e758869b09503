import { Injectable, type NestMiddleware } from '@nestjs/common';
import { childTraceParent, messageContext } from '@ikiraro/observability';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { v7 as uuidv7 } from 'uuid';

const header = (request: IncomingMessage, name: string) => {
  const value = request.headers[name];
  return typeof value === 'string' && value.length > 0 && value.length <= 200 ? value : undefined;
};

/**
 * Runs each request inside its message context: the caller's correlation id (or a new one) and trace, so that
 * every log line and every event the request causes carries them.
 */
@Injectable()
export class RequestContextMiddleware implements NestMiddleware {
  use(request: IncomingMessage, response: ServerResponse, next: () => void) {
    const correlationId = header(request, 'x-correlation-id') ?? uuidv7();
    response.setHeader('x-correlation-id', correlationId);
    const context = {
      correlationId,
      causationId: null,
      actor: 'anonymous',
      traceparent: childTraceParent(header(request, 'traceparent')),
    };
    messageContext.run(context, next);
  }
}
