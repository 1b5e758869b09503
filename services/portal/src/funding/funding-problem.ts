import { ApiProblem } from '../api/http.ts';
import { i18n } from '../i18n/i18n.ts';
import { problemMessage } from '../ui/problem-message.ts';

/** Where a screen keeps its messages for the funding service's problems: staff (`funding`) or public (`pitch`). */
export type ProblemMessages = 'funding' | 'pitch';

/** `funding.call.not_open` → `funding.errors.call.not_open` (or `pitch.errors.…`). */
const keyOf = (messages: ProblemMessages, code: string) =>
  `${messages}.errors.${code.replace(/^funding\./, '')}`;

/** Our message, in the reader's language, for a problem of the funding service; else the portal's. */
export function fundingMessage(error: unknown, messages: ProblemMessages = 'funding'): string {
  if (error instanceof ApiProblem) {
    const key = keyOf(messages, error.code);
    // Codes are open-ended, the typed keys are not: the key is checked at run time.
    if (i18n.exists(key)) return i18n.t(key as 'funding.title');
  }
  return problemMessage(error);
}

/**
 * The problem with our message as its title, for the forms' summary (ui/form-alert.tsx shows the title and the
 * problem's `errors`); a refused submission's `missing` reasons become those errors, each one shown.
 */
export function localised(error: unknown, messages: ProblemMessages = 'funding'): unknown {
  if (!(error instanceof ApiProblem)) return error;
  const missing = Array.isArray(error.body.missing) ? error.body.missing.map(String) : [];
  if (!i18n.exists(keyOf(messages, error.code)) && missing.length === 0) return error;
  return new ApiProblem(
    error.status,
    `${messages}.${error.code}`,
    fundingMessage(error, messages),
    [...error.errors, ...missing],
    error.correlationId,
    error.body,
  );
}

/** Runs `call`, throwing its problem with our message. */
export async function localisedCall<T>(call: Promise<T>, messages: ProblemMessages = 'funding'): Promise<T> {
  try {
    return await call;
  } catch (error) {
    throw localised(error, messages);
  }
}
