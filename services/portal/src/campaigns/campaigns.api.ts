import { api } from '../api/client.ts';
import type { components } from '../api/generated/openapi.ts';
import type { CampaignStatus, Channel } from '../outreach/outreach.ts';

/** What staff enter to create (or, while it is a draft, change) a campaign: the API's own body. */
export type CampaignInput = components['schemas']['CreateCampaignDto'];

export interface Campaign extends CampaignInput {
  id: string;
  version: number;
  /** Public and URL-safe: `/join/<slug>?channel=<channel>`. */
  slug: string;
  status: CampaignStatus;
  createdAt: string;
}

/** One campaign, with the public link to share on each of its channels. */
export interface CampaignDetail extends Campaign {
  links: Partial<Record<Channel, string>>;
}

export interface FunnelStep {
  visits: number;
  started: number;
  verified: number;
  applied: number;
}

export interface Funnel {
  channels: (FunnelStep & { channel: Channel })[];
  total: FunnelStep;
}

export interface CampaignList {
  items: Campaign[];
}

const at = (id: string) => `/campaigns/${encodeURIComponent(id)}`;

export const campaignsApi = {
  list: (filter: { status?: string; office?: string } = {}) => {
    const query = new URLSearchParams(Object.entries(filter).filter(([, value]) => value)).toString();
    return `/campaigns${query ? `?${query}` : ''}`;
  },
  one: at,
  funnel: (id: string) => `${at(id)}/funnel`,
  create: (input: CampaignInput) => api.post<Campaign>('/campaigns', input),
  /** Drafts only; the office stays the one it was created for. */
  update: (id: string, changes: Omit<CampaignInput, 'office'>) => api.patch<Campaign>(at(id), changes),
  launch: (id: string) => api.post<Campaign>(`${at(id)}/launch`),
  close: (id: string) => api.post<Campaign>(`${at(id)}/close`),
};
