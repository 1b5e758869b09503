/**
 * The version of the consent wording on the form (the same version in every language). Recorded with each answer,
 * so that what a registrant agreed to can be shown later: change it whenever the wording in the message files
 * (`public.consent.*`) changes in meaning.
 */
export const consentTextVersion = '2026-12';

/** The answers to the optional purposes, as the forms' checkboxes (`OptionalConsents`) give them. */
export function readOptionalConsents(data: FormData): { opportunities: boolean; mentoring: boolean } {
  return {
    opportunities: data.get('consentOpportunities') === 'yes',
    mentoring: data.get('consentMentoring') === 'yes',
  };
}
