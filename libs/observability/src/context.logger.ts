import { ConsoleLogger, type LogLevel } from '@nestjs/common';
import { messageContext } from './message-context.ts';
import { parseTraceParent } from './trace-context.ts';

/** Nest's JSON logger, with the correlation id and trace id of the work in progress on every line. */
export class ContextLogger extends ConsoleLogger {
  protected override getJsonLogObject(
    message: unknown,
    options: {
      context: string;
      logLevel: LogLevel;
      writeStreamType?: 'stdout' | 'stderr';
      errorStack?: unknown;
    },
  ) {
    const context = messageContext.current();
    const base = super.getJsonLogObject(message, options);
    if (!context) return base;
    return {
      ...base,
      correlationId: context.correlationId,
      causationId: context.causationId ?? undefined,
      traceId: parseTraceParent(context.traceparent)?.traceId,
    };
  }
}
