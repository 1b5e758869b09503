import { Controller, Module } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import {
  type EventEnvelope,
  MemberErased,
  type MemberErasedV1,
  MemberProfileUpdated,
  type MemberProfileUpdatedV2,
  MemberRegistered,
  type MemberRegisteredV1,
} from '@ikiraro/contracts';
import { OnEvent } from '@ikiraro/messaging';
import { ApplicationsModule } from '../applications/applications.module.ts';
import { ApplicationsService } from '../applications/applications.service.ts';
import { factsOf, Members } from './members.ts';

@Controller()
export class MembersConsumer {
  constructor(
    private readonly members: Members,
    private readonly applications: ApplicationsService,
  ) {}

  /** A replace keyed by the member id: a redelivered event writes the same thing again. */
  @OnEvent(MemberRegistered)
  async onRegistered(@Payload() { data }: EventEnvelope<MemberRegisteredV1>) {
    await this.members.collection.replaceOne(
      { _id: data.memberId },
      {
        office: data.office,
        facts: factsOf(data.profile, data.availability),
        gender: data.profile.gender ?? null,
      },
      { upsert: true },
    );
  }

  @OnEvent(MemberProfileUpdated)
  async onProfileUpdated(@Payload() { data }: EventEnvelope<MemberProfileUpdatedV2>) {
    const known = await this.members.find(data.memberId);
    if (!known) return; // erased since, or registered before selection listened: nothing to update
    await this.members.collection.replaceOne(
      { _id: data.memberId },
      {
        office: known.office,
        facts: factsOf(data.profile, data.availability),
        gender: data.profile.gender ?? null,
      },
    );
  }

  /** Erasure: the copy goes, and each application keeps only what the audit needs (ADR 7). */
  @OnEvent(MemberErased)
  async onErased(@Payload() { data }: EventEnvelope<MemberErasedV1>) {
    await this.applications.eraseApplicant(data.memberId);
    await this.members.collection.deleteOne({ _id: data.memberId });
  }
}

@Module({
  imports: [ApplicationsModule],
  controllers: [MembersConsumer],
})
export class MembersModule {}
