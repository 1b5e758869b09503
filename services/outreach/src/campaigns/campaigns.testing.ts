import { AggregateStore } from '@ikiraro/messaging';
import type { ServiceUnderTest } from '@ikiraro/testing';
import { getConnectionToken } from '@nestjs/mongoose';
import type { Connection } from 'mongoose';
import { v7 as uuidv7 } from 'uuid';
import { CAMPAIGN, CAMPAIGN_SLUGS, type Campaign } from './campaign.ts';

/**
 * A campaign stored directly, for tests of the features that only need one to exist (the campaign routes are
 * another feature's): its aggregate, and its slug's key when it has a slug. Answers its id.
 */
export async function storeCampaign(outreach: ServiceUnderTest, state: Campaign, id: string = uuidv7()) {
  await outreach.app.get(AggregateStore).of<Campaign>(CAMPAIGN).create(id, state);
  if (state.slug)
    await outreach.app
      .get<Connection>(getConnectionToken())
      .db!.collection<{ _id: string; campaignId: string }>(CAMPAIGN_SLUGS)
      .insertOne({ _id: state.slug, campaignId: id });
  return id;
}
