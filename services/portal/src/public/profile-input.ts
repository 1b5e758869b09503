import type { TFunction } from 'i18next';
import {
  type Availability,
  isCalendarDate,
  isOneOf,
  type Qualification,
  qualificationLevels,
} from '../outreach/outreach.ts';
import type { ProfileInput } from './public.api.ts';
import { rowKeys } from './use-rows.ts';

const isLevel = isOneOf(qualificationLevels);
/** The API's rule for phone numbers. */
const phonePattern = /^\+?[0-9][0-9 ().-]{5,24}$/;

/**
 * The profile fields of a submitted form, checked as the API would check them: the value, and a message per
 * field at fault (keyed by field name) so that the form can point at each.
 */
export function readProfile(
  data: FormData,
  t: TFunction,
  /** Where members may live: the programme's countries abroad. */
  countries: readonly string[],
): { value: ProfileInput; errors: Record<string, string | false> } {
  const text = (name: string) => String(data.get(name) ?? '').trim();
  const errors: Record<string, string | false> = {};
  const thisYear = new Date().getFullYear();

  const qualifications: Qualification[] = rowKeys(data, 'qualification').map((key) => {
    const name = (field: string) => `qualification-${key}-${field}`;
    const level = text(name('level'));
    const year = Number(text(name('year')));
    errors[name('level')] = !isLevel(level) && t('public.validation.level');
    errors[name('field')] = !text(name('field')) && t('public.validation.field');
    errors[name('institution')] = !text(name('institution')) && t('public.validation.institution');
    errors[name('year')] =
      !(Number.isInteger(year) && year >= 1940 && year <= thisYear + 10) &&
      t('public.validation.year', { year: thisYear });
    return {
      level: level as Qualification['level'],
      field: text(name('field')),
      institution: text(name('institution')),
      year,
    };
  });

  const availability: Availability[] = rowKeys(data, 'availability').flatMap((key) => {
    const name = (field: string) => `availability-${key}-${field}`;
    const from = text(name('from'));
    const to = text(name('to'));
    if (!from && !to) return []; // An empty row says nothing.
    errors[name('from')] = !isCalendarDate(from) && t('public.validation.date');
    errors[name('to')] = !isCalendarDate(to)
      ? t('public.validation.date')
      : isCalendarDate(from) && to < from && t('public.validation.toBeforeFrom');
    return [{ from, to }];
  });

  const subjects = [
    ...new Set([
      ...data.getAll('subjects').map(String),
      ...text('otherSubjects')
        .split(/[,;\n]/)
        .map((subject) => subject.trim())
        .filter(Boolean),
    ]),
  ];
  const languages = [...new Set(data.getAll('languages').map(String))];
  const yearsText = text('yearsOfExperience');
  const years = Number(yearsText);
  const phone = text('phone');
  const country = text('countryOfResidence');
  const gender = text('gender');

  Object.assign(errors, {
    phone: phone !== '' && !phonePattern.test(phone) && t('public.validation.phone'),
    countryOfResidence:
      !(typeof country === 'string' && countries.includes(country)) && t('public.validation.country'),
    yearsOfExperience:
      !(yearsText !== '' && Number.isInteger(years) && years >= 0 && years <= 70) &&
      t('public.validation.years'),
    subjects: (subjects.length === 0 || subjects.length > 20) && t('public.validation.subjects'),
    languages: languages.length === 0 && t('public.validation.languages'),
  });
  return {
    value: {
      ...(phone && { phone }),
      countryOfResidence: country as ProfileInput['countryOfResidence'],
      qualifications,
      subjects,
      yearsOfExperience: years,
      languages,
      availability,
      ...(gender && { gender }),
    },
    errors,
  };
}
