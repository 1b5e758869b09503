import type { CampaignChannel } from './campaign.ts';
import { type PartnerDto } from './campaign.dto.ts';

// What the campaign routes answer (the swagger plugin documents these classes from their types and JSDoc).

/** A campaign as staff list it (the projection, a moment behind the latest change). */
export class CampaignSummaryDto {
  id!: string;
  /** The version of the campaign this shows; each change adds one. */
  version!: number;
  name!: string;
  /** The office abroad that runs it. */
  office!: string;
  partner?: PartnerDto;
  /** Country where it reaches people (ISO 3166-1 alpha-2). */
  country?: string;
  channels?: CampaignChannel[];
  /** `YYYY-MM-DD`, both included. */
  startsOn?: string;
  endsOn?: string;
  subjects?: string[];
  description?: string | null;
  /** Public and URL-safe: `/join/<slug>?channel=<channel>`. */
  slug?: string;
  status!: 'draft' | 'live' | 'closed';
  /** ISO times of its creation and status changes. */
  createdAt?: string;
  launchedAt?: string;
  closedAt?: string;
}

/** A campaign with the shareable link of each of its channels. */
export class CampaignDto extends CampaignSummaryDto {
  /** Channel → its public link. */
  links!: Record<string, string>;
}

export class CampaignListDto {
  /** Newest first. */
  items!: CampaignSummaryDto[];
}

/** What a campaign's public landing page shows: nothing about the office, the history or the staff. */
export class PublicCampaignDto {
  slug?: string;
  name!: string;
  partner?: PartnerDto;
  country?: string;
  channels!: CampaignChannel[];
  startsOn?: string;
  endsOn?: string;
  subjects!: string[];
  description!: string | null;
  /** A closed campaign's page says so and takes no registration. */
  status!: 'live' | 'closed';
}
