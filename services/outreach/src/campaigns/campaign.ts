import type { CAMPAIGN_CHANNELS } from '@ikiraro/contracts';
import type { ProgrammeCode } from '@ikiraro/programme';

export type CampaignChannel = (typeof CAMPAIGN_CHANNELS)[number];

/** The state of a campaign aggregate, as stored with each of its versions in the outbox. */
export interface Campaign {
  name: string;
  /** The IOM office that runs it; an outreach officer sees and changes only their office's campaigns. */
  office: ProgrammeCode;
  /** The partner that co-runs it: an embassy, a diaspora association, or another organisation. */
  partner?: { kind: 'embassy' | 'association' | 'other'; name: string };
  /** Country where it reaches people (ISO 3166-1 alpha-2). */
  country?: ProgrammeCode;
  /** Channels it is shared through: each gets its own public link. */
  channels?: CampaignChannel[];
  /** `YYYY-MM-DD`, both included. */
  startsOn?: string;
  endsOn?: string;
  /** The ToRs or TVET subjects it seeks, as shown on its public page. */
  subjects?: string[];
  description?: string;
  /** Public, unique, URL-safe: `/join/<slug>?channel=<channel>`. Taken once in `campaign_slugs` (`_id` = slug). */
  slug?: string;
  status: 'draft' | 'live' | 'closed';
  createdAt?: string;
  /** ISO times of the status changes. */
  launchedAt?: string;
  closedAt?: string;
}

export const CAMPAIGN = 'campaign';
/** slug → campaign id (`_id` = slug, `campaignId`): the public pages find a campaign by its slug. */
export const CAMPAIGN_SLUGS = 'campaign_slugs';

/** The fields a campaign is made of and edited by (the office is fixed at creation). */
export type CampaignFields = Required<
  Pick<Campaign, 'name' | 'partner' | 'country' | 'channels' | 'startsOn' | 'endsOn' | 'subjects'>
> &
  Pick<Campaign, 'description'>;
