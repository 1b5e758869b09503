import {
  type components,
  funnelStepDtoChannelValues,
  partnerDtoKindValues,
  pathsApiV1CampaignsGetParametersQueryStatusValues,
  qualificationDtoLevelValues,
} from '../api/generated/openapi.ts';

/*
 * The outreach vocabulary shared by the staff screens and the public pages: the closed lists come from the API's
 * own document (generated), the programme's lists from `GET /programme`.
 */

/** An office abroad's code (the programme's `offices`). */
export type CampaignOffice = string;
/** ISO 3166-1 alpha-2: where a member lives (the countries of the programme's offices abroad). */
export type Country = string;

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

export function isOneOf<T extends string>(values: readonly T[]) {
  return (value: unknown): value is T => (values as readonly unknown[]).includes(value);
}

export type Partner = components['schemas']['PartnerDto'];

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
