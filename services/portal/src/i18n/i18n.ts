import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import deBase from './de.json';
import enBase from './en.json';
import frBase from './fr.json';
import fundingEn from './funding.en.json';
import fundingFr from './funding.fr.json';
import logframeEn from './logframe.en.json';
import logframeFr from './logframe.fr.json';
import pitchDe from './pitch.de.json';
import pitchEn from './pitch.en.json';
import pitchFr from './pitch.fr.json';
import pitchRw from './pitch.rw.json';
import rwBase from './rw.json';

// Funding's screens keep their messages in files of their own: `funding` (staff screens) and `pitch` (the
// public pages of teams and investors), as does the results framework (`logframe`), merged here into each language.
const en = { ...enBase, ...fundingEn, ...logframeEn, ...pitchEn };
const fr = { ...frBase, ...fundingFr, ...logframeFr, ...pitchFr };
const de = { ...deBase, ...pitchDe };
const rw = { ...rwBase, ...pitchRw };

export type Messages = typeof en;

/**
 * What the public pages (campaign landing, registration, verification, self-service, erasure certificate, e-mail
 * preferences, the trainees' pages) need: complete in every language. German and Kinyarwanda stop there for now:
 * the staff screens fall back to English in them.
 */
type PublicMessages = Pick<
  Messages,
  | 'language'
  | 'app'
  | 'layout'
  | 'form'
  | 'public'
  | 'trainee'
  | 'pitch'
  | 'countries'
  | 'levels'
  | 'trainingLanguages'
  | 'genders'
> & {
  common: Pick<Messages['common'], 'loading' | 'retry' | 'cancel' | 'choose' | 'none'>;
  errors: Pick<
    Messages['errors'],
    | 'unexpected'
    | 'network'
    | 'server'
    | 'forbidden'
    | 'rate_limited'
    | 'request'
    | 'link'
    | 'consent'
    | 'campaign'
    | 'cv'
    | 'member_token'
    | 'application'
    | 'tor'
    | 'erasure'
    | 'preferences'
    | 'crash'
  >;
};

/**
 * Adding a language: its file beside these, and one line here. Typing each file as the English one (or its
 * public part) makes a file with a missing message fail the type check.
 */
const staffLanguages = { en, fr } satisfies Record<string, Messages>;
const publicOnlyLanguages = { de, rw } satisfies Record<string, PublicMessages>;
export const languages = { ...staffLanguages, ...publicOnlyLanguages };
export type Language = keyof typeof languages;
/** The languages of the staff screens (the others would show them half in English). */
export const staffLanguageCodes = Object.keys(staffLanguages) as Language[];

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

/** The current language as one of ours (what the API's `locale` takes). */
export function currentLanguage(): Language {
  const language = i18n.resolvedLanguage;
  return isLanguage(language) ? language : 'en';
}

export { i18n };
