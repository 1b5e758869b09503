import { ApiProblem } from '../api/http.ts';
import { i18n } from '../i18n/i18n.ts';

/** The sections of the staff training screens that translate training's problem codes (`<section>.errors.<code>`). */
type Section = 'assessment' | 'certificates' | 'cascade';

/**
 * The problem with our message as its title, when the section has one for its code (ui/form-alert.tsx and
 * ui/problem-message.ts show the title of a code the portal does not know): training's own text is English.
 */
export function localised(section: Section, error: unknown): unknown {
  if (!(error instanceof ApiProblem)) return error;
  const key = `${section}.errors.${error.code.replace(/\./g, '_')}`;
  if (!i18n.exists(key)) return error;
  return new ApiProblem(
    error.status,
    `${section}.${error.code}`,
    i18n.t(key as 'errors.unexpected'),
    error.errors,
    error.correlationId,
    error.body,
  );
}

/** Runs `call`, throwing its problem with our message. */
export async function localisedCall<T>(section: Section, call: Promise<T>): Promise<T> {
  try {
    return await call;
  } catch (error) {
    throw localised(section, error);
  }
}
