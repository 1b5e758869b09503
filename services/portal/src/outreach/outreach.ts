import {
  funnelStepDtoChannelValues,
  partnerDtoKindValues,
  pathsApiV1CampaignsGetParametersQueryStatusValues,
  qualificationDtoLevelValues,
} from '../api/generated/openapi.ts';

/*
 * The outreach vocabulary shared by the staff screens and the public pages: the closed lists come from the API's
 * own document (generated), the programme's lists from `GET /programme`.
 */

export const campaignOffices = ['BE', 'DE'] as const;
export type CampaignOffice = (typeof campaignOffices)[number];

export const countries = ['BE', 'DE'] as const;
export type Country = (typeof countries)[number];

export const channels = funnelStepDtoChannelValues;
export type Channel = (typeof channels)[number];
/** Imported members come from a mapping list, not from a campaign link. */
export type MemberChannel = Channel | 'mapping-import';

export const partnerKinds = partnerDtoKindValues;
export type PartnerKind = (typeof partnerKinds)[number];

export const campaignStatuses = pathsApiV1CampaignsGetParametersQueryStatusValues;
export type CampaignStatus = (typeof campaignStatuses)[number];

export const qualificationLevels = qualificationDtoLevelValues;
export type QualificationLevel = (typeof qualificationLevels)[number];

export const memberStatuses = ['pending', 'registered', 'imported', 'erased'] as const;
export type MemberStatus = (typeof memberStatuses)[number];

/** Languages a member may train in (ISO 639-1), offered as checkboxes. */
export const trainingLanguages = ['en', 'fr', 'de', 'rw', 'nl', 'sw'] as const;

/** Offered on the form; any other answer is kept as the member typed it. */
export const genders = ['woman', 'man', 'other'] as const;

/** The priority TVET subjects (reference data), offered when a campaign names none. */
export const referenceSubjects = [
  'Civil engineering and construction',
  'Electrical technology',
  'Electronics and telecommunications',
  'Mechanical engineering',
  'Automotive technology',
  'Information and communication technology',
  'Renewable energy',
  'Water and sanitation technology',
  'Land surveying and geomatics',
  'Mining technology',
  'Agriculture and food processing',
  'Irrigation and drainage',
  'Hospitality and tourism',
  'Nature conservation',
  'Creative arts and media production',
];

export function isOneOf<T extends string>(values: readonly T[]) {
  return (value: unknown): value is T => (values as readonly unknown[]).includes(value);
}

export interface Partner {
  kind: PartnerKind;
  name: string;
}

export interface Qualification {
  level: QualificationLevel;
  field: string;
  institution: string;
  year: number;
}

/** Days in Rwanda, `YYYY-MM-DD`, both included. */
export interface Availability {
  from: string;
  to: string;
}

export const isCalendarDate = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value);
