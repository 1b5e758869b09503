import { useTranslation } from 'react-i18next';
import { useProgramme } from './use-programme.ts';

/**
 * Names of the programme's codes in the reader's language: our translation where we have one, else the name the
 * programme gives (a second programme's offices and institutions need no new messages), else the code.
 */
export type Labels = ReturnType<typeof useLabels>;

export function useLabels() {
  const { t } = useTranslation();
  const programme = useProgramme();
  const named = (list: readonly { code: string; name: string }[], code: string) =>
    list.find((entry) => entry.code === code)?.name ?? code;
  return {
    office: (code: string) => t(`offices.${code}`, { defaultValue: named(programme.offices, code) }),
    institution: (code: string) =>
      t(`iprcs.${code}`, { defaultValue: named(programme.host.institutions, code) }),
    country: (code: string) => t(`countries.${code}`, { defaultValue: code }),
    gender: (code: string) => t(`genders.${code}`, { defaultValue: named(programme.genders, code) }),
    language: (code: string) => t(`trainingLanguages.${code}`, { defaultValue: code }),
  };
}
