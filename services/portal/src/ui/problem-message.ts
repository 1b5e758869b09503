import { ApiProblem } from '../api/http.ts';
import { i18n } from '../i18n/i18n.ts';

/** What to tell the user about a failed call: our message for its code, else the gateway's title. */
export function problemMessage(error: unknown): string {
  if (!(error instanceof ApiProblem)) return i18n.t('errors.unexpected');
  const key = `errors.${error.code}`;
  // The key is checked at run time: codes are open-ended, the typed keys are not.
  if (i18n.exists(key)) return i18n.t(key as 'errors.unexpected');
  if (error.status === 403) return i18n.t('errors.forbidden');
  if (error.status >= 500) return i18n.t('errors.server');
  return error.title || i18n.t('errors.unexpected');
}
