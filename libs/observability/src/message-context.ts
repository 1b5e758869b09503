import { AsyncLocalStorage } from 'node:async_hooks';

/** Who and what caused the work in progress: an HTTP request or a consumed event. */
export interface MessageContext {
  correlationId: string;
  /** The event being handled, when the work is a consumer's. */
  causationId: string | null;
  actor: string;
  traceparent: string;
}

const storage = new AsyncLocalStorage<MessageContext>();

export const messageContext = {
  run<T>(context: MessageContext, work: () => T): T {
    return storage.run(context, work);
  },
  current(): MessageContext | undefined {
    return storage.getStore();
  },
};
