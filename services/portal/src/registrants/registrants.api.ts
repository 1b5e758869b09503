import { api } from '../api/client.ts';
import type {
  Availability,
  CampaignOffice,
  Country,
  MemberChannel,
  MemberStatus,
  Qualification,
} from '../outreach/outreach.ts';

/** The filters of the registrant search, as they appear in the page's address and the API's query. */
export const filterNames = [
  'q',
  'campaignId',
  'channel',
  'countryOfResidence',
  'subject',
  'status',
  'qualificationLevel',
] as const;
export type Filters = Partial<Record<(typeof filterNames)[number], string>>;

export interface RegistrantRow {
  id: string;
  firstName: string;
  lastName: string;
  email: string;
  countryOfResidence: Country;
  subjects: string[];
  yearsOfExperience: number;
  status: MemberStatus;
  campaignId: string;
  channel: MemberChannel;
  office: CampaignOffice;
  createdAt: string;
}

export interface RegistrantPage {
  items: RegistrantRow[];
  total: number;
  page: number;
  pageSize: number;
}

export interface ConsentAnswer {
  given: boolean;
  at: string;
  textVersion: string;
}

export interface Registrant extends RegistrantRow {
  phone?: string;
  qualifications: Qualification[];
  languages: string[];
  availability: Availability[];
  gender?: string;
  consent: { programme: ConsentAnswer; opportunities: ConsentAnswer; mentoring?: ConsentAnswer } | null;
  cv: { id: string; size: number } | null;
}

export const pageSize = 20;

function query(filters: Filters, extra: Record<string, string> = {}): string {
  const entries = [...Object.entries(filters), ...Object.entries(extra)].filter(
    (entry): entry is [string, string] => Boolean(entry[1]),
  );
  const text = new URLSearchParams(entries).toString();
  return text ? `?${text}` : '';
}

export const registrantsApi = {
  search: (filters: Filters, page: number) =>
    `/members${query(filters, { page: String(page), pageSize: String(pageSize) })}`,
  one: (id: string) => `/members/${encodeURIComponent(id)}`,
  /** The CSV of every registrant matching the filters (not only the page on screen). */
  export: (filters: Filters) => api.download(`/members/export${query(filters)}`),
};
