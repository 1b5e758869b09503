import { ApiProblem } from '../../api/http.ts';
import { i18n } from '../../i18n/i18n.ts';
import { problemMessage } from '../../ui/problem-message.ts';

/** Our message, in the reader's language, for a problem of the training service; else the portal's. */
export function traineeMessage(error: unknown): string {
  if (error instanceof ApiProblem) {
    const key = `trainee.errors.${error.code}`;
    if (i18n.exists(key)) return i18n.t(key as 'trainee.errors.unexpected');
  }
  return problemMessage(error);
}

/** The problem with our message as its title, for the forms' summary (ui/form-alert.tsx shows the title). */
export function localised(error: unknown): unknown {
  if (!(error instanceof ApiProblem) || !i18n.exists(`trainee.errors.${error.code}`)) return error;
  return new ApiProblem(
    error.status,
    `trainee.${error.code}`,
    traineeMessage(error),
    error.errors,
    error.correlationId,
    error.body,
  );
}

/** Runs `call`, throwing its problem with our message. */
export async function localisedCall<T>(call: Promise<T>): Promise<T> {
  try {
    return await call;
  } catch (error) {
    throw localised(error);
  }
}
