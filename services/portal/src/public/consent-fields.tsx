import { useTranslation } from 'react-i18next';
import { consentTextVersion } from './consent.ts';

/**
 * The consent text, then one checkbox per purpose: this programme (required) and future opportunities (optional).
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
      <label className="checkbox checkbox--top">
        <input type="checkbox" name="consentOpportunities" value="yes" />
        {t('public.consent.opportunities')}
      </label>
    </fieldset>
  );
}
