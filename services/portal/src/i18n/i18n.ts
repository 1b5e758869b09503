import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './en.json';
import fr from './fr.json';

/**
 * Adding a language (de, rw, …): its file beside these, and one line here. Typing each file as the English one
 * makes a file with a missing message fail the type check.
 */
export const languages = { en, fr } satisfies Record<string, typeof en>;
export type Language = keyof typeof languages;

const storageKey = 'ikiraro.language';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && Object.hasOwn(languages, value);
}

/** The language chosen here before, else the browser's first one that we have, else English. */
function initialLanguage(): Language {
  let stored: string | null = null;
  try {
    stored = localStorage.getItem(storageKey);
  } catch {
    // Storage disabled: fall back to the browser's languages.
  }
  const wanted = [stored, ...navigator.languages.map((tag) => tag.split('-')[0])];
  return wanted.find(isLanguage) ?? 'en';
}

void i18n.use(initReactI18next).init({
  resources: Object.fromEntries(
    Object.entries(languages).map(([lng, translation]) => [lng, { translation }]),
  ),
  lng: initialLanguage(),
  fallbackLng: 'en',
  initAsync: false,
  interpolation: { escapeValue: false }, // React escapes.
});
document.documentElement.lang = i18n.language;

/** Only a choice made on the switcher persists (not the browser's default). */
export async function chooseLanguage(language: Language): Promise<void> {
  await i18n.changeLanguage(language);
  document.documentElement.lang = language;
  try {
    localStorage.setItem(storageKey, language);
  } catch {
    // Storage disabled: the choice lasts until the page is reloaded.
  }
}

export { i18n };
