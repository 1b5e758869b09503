import type { EventContract } from './event-contract.ts';
import { CampaignClosed } from './outreach/campaign-closed.event.ts';
import { CampaignLaunched } from './outreach/campaign-launched.event.ts';
import { MemberErased } from './outreach/member-erased.event.ts';
import {
  MemberProfileUpdated,
  MemberProfileUpdatedV1Contract,
} from './outreach/member-profile-updated.event.ts';
import { MemberRegistered } from './outreach/member-registered.event.ts';
import { ApplicationRejected } from './selection/application-rejected.event.ts';
import { ApplicationScreened } from './selection/application-screened.event.ts';
import { ApplicationSubmitted } from './selection/application-submitted.event.ts';
import { CandidateSelected } from './selection/candidate-selected.event.ts';
import { CandidateShortlisted } from './selection/candidate-shortlisted.event.ts';
import { TorClosed } from './selection/tor-closed.event.ts';
import { TorPublished } from './selection/tor-published.event.ts';
import { SelectionErasureReceipted } from './privacy/erasure-receipted.event.ts';

/**
 * Every integration event, every version still readable: the source of docs/asyncapi.yaml. Older versions stay
 * listed because a topic's history (and a producer not yet upgraded) still carries them.
 */
export const catalogue: readonly EventContract[] = Object.freeze([
  CampaignLaunched,
  CampaignClosed,
  MemberRegistered,
  MemberProfileUpdatedV1Contract,
  MemberProfileUpdated,
  MemberErased,
  TorPublished,
  TorClosed,
  ApplicationSubmitted,
  ApplicationScreened,
  CandidateShortlisted,
  CandidateSelected,
  ApplicationRejected,
  SelectionErasureReceipted,
]);
