import type { Attempt } from './delivery.ts';

export interface RetrySettings {
  initialMs: number;
  maxMs: number;
  /** Temporary refusals before a message is given up. */
  refusals: number;
}

/** What a failed attempt leads to: try again at `dueAt`, or give up. */
export type AfterFailure = { giveUp: true } | { giveUp: false; dueAt: Date };

/** An SMTP error as nodemailer reports it: a reply code when the server answered, none when unreachable. */
export interface SendError {
  responseCode?: number;
  response?: string;
  code?: string;
  message: string;
}

export const attemptOf = (error: SendError, at: Date): Attempt =>
  error.responseCode
    ? { at, outcome: 'refused', answer: error.response ?? `${error.responseCode}` }
    : { at, outcome: 'unreachable', answer: [error.code, error.message].filter(Boolean).join(': ') };

/**
 * A permanent refusal (5xx: no such mailbox, policy) is final; a temporary one (4xx) is retried with backoff
 * until `refusals` of them; an unreachable server is retried with backoff for as long as it takes. The delay
 * doubles with each failed attempt from `initialMs` up to `maxMs`.
 */
export function afterFailure(attempt: Attempt, failures: number, refusals: number, settings: RetrySettings) {
  const code = Number(attempt.answer.slice(0, 3));
  if (attempt.outcome === 'refused' && code >= 500) return { giveUp: true } as const;
  if (attempt.outcome === 'refused' && refusals >= settings.refusals) return { giveUp: true } as const;
  const delay = Math.min(settings.initialMs * 2 ** Math.max(0, failures - 1), settings.maxMs);
  return { giveUp: false, dueAt: new Date(attempt.at.getTime() + delay) } as const;
}
