import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';

/** One row per launched campaign: insert-only, keyed by campaign id, so a redelivered event adds nothing. */
@Schema({ collection: 'launched_campaigns' })
export class LaunchedCampaign {
  @Prop({ required: true })
  _id!: string;

  @Prop({ required: true, index: true })
  office!: string;

  @Prop({ required: true })
  launchedAt!: Date;
}

export const LaunchedCampaignSchema = SchemaFactory.createForClass(LaunchedCampaign);
