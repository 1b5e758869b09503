import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { chooseLanguage, isLanguage, type Language, languages } from '../i18n/i18n.ts';

/**
 * Each language is offered in its own name, with its own `lang` for screen readers. The staff header offers only
 * the languages its screens are translated into (and the current one, so that the select tells the truth).
 */
export function LanguageSwitcher({ offer }: { offer?: readonly Language[] }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const current = i18n.resolvedLanguage;
  const offered = Object.entries(languages).filter(
    ([code]) => !offer || offer.includes(code as Language) || code === current,
  );
  return (
    <div className="language">
      <label htmlFor={id} className="visually-hidden">
        {t('language.label')}
      </label>
      <select
        id={id}
        value={current}
        onChange={(event) => {
          if (isLanguage(event.target.value)) void chooseLanguage(event.target.value);
        }}
      >
        {offered.map(([code, messages]) => (
          <option key={code} value={code} lang={code}>
            {messages.language.name}
          </option>
        ))}
      </select>
    </div>
  );
}
