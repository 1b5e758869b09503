import { assertOffice, type Caller } from '@ikiraro/auth';
import { DomainError } from '@ikiraro/service-defaults';
import { randomInt } from 'node:crypto';
import type { Campaign, CampaignChannel, CampaignFields } from './campaign.ts';

/** Whether the caller may see a campaign of this office (an outreach officer: their own office only). */
export function sees(caller: Caller, office: Campaign['office']): boolean {
  try {
    assertOffice(caller, office);
    return true;
  } catch {
    return false;
  }
}

export const campaignNotFound = (id: string) =>
  new DomainError('campaign.not_found', 'not_found', `No campaign ${id}`);

/** The edited draft; refused once launched, and when its dates end up the wrong way round. */
export function edit(campaign: Campaign, changes: Partial<CampaignFields>): Campaign {
  if (campaign.status !== 'draft')
    throw new DomainError(
      'campaign.not_draft',
      'conflict',
      `The campaign is ${campaign.status}: only a draft changes`,
    );
  const edited = { ...campaign, ...changes };
  if (edited.startsOn && edited.endsOn && edited.endsOn < edited.startsOn)
    throw new DomainError('campaign.dates_invalid', 'invalid', 'endsOn must not be before startsOn');
  return edited;
}

export function launch(campaign: Campaign, at: Date): Campaign {
  if (campaign.status !== 'draft')
    throw new DomainError(
      'campaign.not_draft',
      'conflict',
      `The campaign is ${campaign.status}: only a draft launches`,
    );
  return { ...campaign, status: 'live', launchedAt: at.toISOString() };
}

export function close(campaign: Campaign, at: Date): Campaign {
  if (campaign.status !== 'live')
    throw new DomainError(
      'campaign.not_live',
      'conflict',
      `The campaign is ${campaign.status}: only a live one closes`,
    );
  return { ...campaign, status: 'closed', closedAt: at.toISOString() };
}

const SLUG_ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';
/** 8 of 36 characters: 2.8e12 slugs, short enough to type from a poster, too many to guess one. */
export const newSlug = () => Array.from({ length: 8 }, () => SLUG_ALPHABET[randomInt(36)]).join('');
export const isSlug = (value: string) => /^[a-z0-9]{8}$/.test(value);

/** The shareable link of each channel: the landing page knows which one brought the visitor. */
export function linksOf(publicUrl: string, slug: string | undefined, channels: CampaignChannel[] = []) {
  if (!slug) return {};
  return Object.fromEntries(
    channels.map((channel) => [channel, `${publicUrl}/join/${slug}?channel=${encodeURIComponent(channel)}`]),
  );
}

/** What the public landing page shows: nothing about the office, the history or the staff. */
export function publicPageOf(campaign: Campaign) {
  return {
    slug: campaign.slug,
    name: campaign.name,
    partner: campaign.partner,
    country: campaign.country,
    channels: campaign.channels ?? [],
    startsOn: campaign.startsOn,
    endsOn: campaign.endsOn,
    subjects: campaign.subjects ?? [],
    description: campaign.description ?? null,
    status: campaign.status as 'live' | 'closed',
  };
}
