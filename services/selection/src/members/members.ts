import { Injectable } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import { memberPerson, type MemberRegisteredV1 } from '@ikiraro/contracts';
import { PersonalData } from '@ikiraro/messaging';
import type { ProgrammeCode } from '@ikiraro/programme';
import type { Connection } from 'mongoose';
import type { ProfileFacts } from '../applications/application.ts';

/**
 * Selection's copy of what outreach tells it about each member (`_id` = member id): the profile facts it screens
 * and matches on, and the gender the member chose to state, used for the balance figures only. One writer per
 * member: a member's events share a partition and are handled in order.
 */
export interface MemberCopy {
  _id: string;
  office: ProgrammeCode;
  facts: ProfileFacts;
  gender: string | null;
}
export const MEMBERS = 'members';
/** Sealed with the member's key (ADR 10): a backup of this collection names no one once they are erased. */
const memberCopyFields = ['facts', 'gender'];

export const factsOf = (
  { gender: _, ...profile }: MemberRegisteredV1['profile'],
  availability: ProfileFacts['availability'],
) => JSON.parse(JSON.stringify({ ...profile, availability })) as ProfileFacts;

@Injectable()
export class Members {
  constructor(
    @InjectConnection() private readonly connection: Connection,
    private readonly personal: PersonalData,
  ) {}

  get collection() {
    return this.connection.db!.collection<MemberCopy>(MEMBERS);
  }

  /** The copy, opened; none once the member is erased. */
  async find(id: string): Promise<MemberCopy | null> {
    const stored = await this.collection.findOne({ _id: id });
    if (!stored) return null;
    const { value, erased } = await this.personal.open(memberPerson(id), stored, memberCopyFields);
    return erased ? null : value;
  }

  /** Every copy, opened (the balance figures); erased members' are left out. */
  async all(): Promise<MemberCopy[]> {
    const stored = await this.collection.find({}).toArray();
    const items = stored.map((value) => ({ person: memberPerson(value._id), value }));
    return (await this.personal.openMany(items, memberCopyFields)).filter((m) => m.facts !== null);
  }

  /** Stores the copy sealed; a redelivered event writes the same thing again. */
  async save(copy: MemberCopy): Promise<void> {
    const sealed = await this.personal.seal(memberPerson(copy._id), copy, memberCopyFields);
    await this.collection.replaceOne({ _id: copy._id }, sealed, { upsert: true });
  }
}
