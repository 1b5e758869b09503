import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import type { HydratedDocument } from 'mongoose';

@Schema({ collection: 'campaigns', timestamps: true })
export class Campaign {
  @Prop({ required: true })
  _id!: string;

  @Prop({ required: true })
  name!: string;

  @Prop({ required: true, enum: ['BE', 'DE'] })
  office!: 'BE' | 'DE';

  @Prop({ required: true, enum: ['live'] })
  status!: 'live';
}

export type CampaignDocument = HydratedDocument<Campaign>;
export const CampaignSchema = SchemaFactory.createForClass(Campaign);
