import { useTranslation } from 'react-i18next';
import { consentTextVersion } from './consent.ts';

/**
 * The consent text, then one checkbox per purpose: this programme (required), then the optional ones.
 * The version of the text is shown, as it is recorded with the answers.
 */
export function ConsentFields({ errors }: { errors: Partial<Record<string, string>> }) {
  const { t } = useTranslation();
  const error = errors.consentProgramme;
  return (
    <fieldset className={error ? 'group field--invalid' : 'group'}>
      <legend>{t('public.consent.legend')}</legend>
      <div id="consent-text" className="consent-text">
        <p>{t('public.consent.text')}</p>
        <p>{t('public.consent.rights')}</p>
        <p className="field__hint">{t('public.consent.version', { version: consentTextVersion })}</p>
      </div>
      {error && (
        <p id="consent-error" className="field__error">
          {error}
        </p>
      )}
      <label className="checkbox checkbox--top">
        <input
          type="checkbox"
          name="consentProgramme"
          value="yes"
          aria-invalid={error ? true : undefined}
          aria-describedby={['consent-text', error && 'consent-error'].filter(Boolean).join(' ')}
        />
        {t('public.consent.programme')}
      </label>
      <OptionalConsents />
    </fieldset>
  );
}

/**
 * One checkbox per optional purpose, read back by `readOptionalConsents`: future opportunities, and mentoring a
 * pilot project (with what saying yes leads to). `initial`: the answers recorded so far.
 */
export function OptionalConsents({ initial }: { initial?: { opportunities: boolean; mentoring: boolean } }) {
  const { t } = useTranslation();
  return (
    <>
      <label className="checkbox checkbox--top">
        <input
          type="checkbox"
          name="consentOpportunities"
          value="yes"
          defaultChecked={initial?.opportunities}
        />
        {t('public.consent.opportunities')}
      </label>
      <label className="checkbox checkbox--top">
        <input
          type="checkbox"
          name="consentMentoring"
          value="yes"
          defaultChecked={initial?.mentoring}
          aria-describedby="consent-mentoring-hint"
        />
        {t('public.consent.mentoring')}
      </label>
      <p id="consent-mentoring-hint" className="field__hint">
        {t('public.consent.mentoringHint')}
      </p>
    </>
  );
}
