export { ContextLogger } from './context.logger.ts';
export { messageContext, type MessageContext } from './message-context.ts';
export { childTraceParent, parseTraceParent, type TraceParent } from './trace-context.ts';
