import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { chooseLanguage, isLanguage, languages } from '../i18n/i18n.ts';

/** Each language is offered in its own name, with its own `lang` for screen readers. */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const id = useId();
  return (
    <div className="language">
      <label htmlFor={id} className="visually-hidden">
        {t('language.label')}
      </label>
      <select
        id={id}
        value={i18n.resolvedLanguage}
        onChange={(event) => {
          if (isLanguage(event.target.value)) void chooseLanguage(event.target.value);
        }}
      >
        {Object.entries(languages).map(([code, messages]) => (
          <option key={code} value={code} lang={code}>
            {messages.language.name}
          </option>
        ))}
      </select>
    </div>
  );
}
