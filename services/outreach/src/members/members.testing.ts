import { AggregateStore } from '@ikiraro/messaging';
import type { ServiceUnderTest } from '@ikiraro/testing';
import { getConnectionToken } from '@nestjs/mongoose';
import type { Connection } from 'mongoose';
import { v7 as uuidv7 } from 'uuid';
import { MEMBER, MEMBER_EMAILS, type Member } from './member.ts';

/**
 * A member stored as registration or an import stores one, for tests of other features: the aggregate and its
 * e-mail key. Answers its id.
 */
export async function storeMember(outreach: ServiceUnderTest, state: Member, id: string = uuidv7()) {
  await outreach.app.get(AggregateStore).of<Member>(MEMBER).create(id, state);
  await outreach.app
    .get<Connection>(getConnectionToken())
    .db!.collection<{ _id: string; memberId: string }>(MEMBER_EMAILS)
    .insertOne({ _id: state.email, memberId: id });
  return id;
}
