import { Injectable } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import type { MemberRegisteredV1 } from '@ikiraro/contracts';
import type { Connection } from 'mongoose';
import type { ProfileFacts } from '../applications/application.ts';

/**
 * Selection's copy of what outreach tells it about each member (`_id` = member id): the profile facts it screens
 * and matches on, and the gender the member chose to state, used for the balance figures only. One writer per
 * member: a member's events share a partition and are handled in order.
 */
export interface MemberCopy {
  _id: string;
  office: 'BE' | 'DE';
  facts: ProfileFacts;
  gender: string | null;
}
export const MEMBERS = 'members';

export const factsOf = (
  { gender: _, ...profile }: MemberRegisteredV1['profile'],
  availability: ProfileFacts['availability'],
) => JSON.parse(JSON.stringify({ ...profile, availability })) as ProfileFacts;

@Injectable()
export class Members {
  constructor(@InjectConnection() private readonly connection: Connection) {}

  get collection() {
    return this.connection.db!.collection<MemberCopy>(MEMBERS);
  }

  find(id: string) {
    return this.collection.findOne({ _id: id });
  }
}
