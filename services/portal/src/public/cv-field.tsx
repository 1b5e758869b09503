import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { TextField } from '../ui/field.tsx';
import { maxCvBytes } from './public.api.ts';

/** Why a chosen CV would be refused (the API checks again: only the real file content tells a PDF). */
export function cvProblem(file: File, t: TFunction): string | false {
  const pdf = file.type === 'application/pdf' || file.name.toLowerCase().endsWith('.pdf');
  if (!pdf) return t('public.validation.cvType');
  if (file.size > maxCvBytes) return t('public.validation.cvSize');
  return false;
}

export function CvField({ error }: { error?: string }) {
  const { t } = useTranslation();
  return (
    <TextField
      label={t('public.join.cv')}
      hint={t('public.join.cvHint')}
      name="cv"
      type="file"
      accept="application/pdf,.pdf"
      error={error}
    />
  );
}
