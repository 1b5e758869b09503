import { Controller } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import { Payload } from '@nestjs/microservices';
import {
  type EventEnvelope,
  PlacementArrived,
  type PlacementArrivedV1,
  PlacementCompleted,
  type PlacementCompletedV1,
} from '@ikiraro/contracts';
import { AggregateStore, OnEvent } from '@ikiraro/messaging';
import { Facts } from '../logframe/facts.ts';
import type { Connection } from 'mongoose';
import { IprcFigures } from '../iprc-figures.ts';
import {
  MEMBER_GENDERS,
  NOT_STATED,
  noPlacementFigures,
  PLACEMENT_FIGURES,
  type PlacementFigures,
} from './placement-figures.ts';

/** Professionals engaged (arrived) and placements completed, per IPRC; engaged by sex. */
@Controller()
export class PlacementFiguresConsumer {
  private readonly figures;

  constructor(
    store: AggregateStore,
    private readonly facts: Facts,
    @InjectConnection() private readonly connection: Connection,
  ) {
    this.figures = new IprcFigures<PlacementFigures>(store, PLACEMENT_FIGURES, noPlacementFigures);
  }

  private get genders() {
    return this.connection.db!.collection<{ _id: string; gender: string }>(MEMBER_GENDERS);
  }

  @OnEvent(PlacementArrived)
  async onArrived(@Payload() event: EventEnvelope<PlacementArrivedV1>) {
    await this.facts.record(event);
    const { data } = event;
    const gender = (await this.genders.findOne({ _id: data.memberId }))?.gender ?? NOT_STATED;
    await this.figures.count(data.iprc, (s) => ({
      ...s,
      engaged: s.engaged + 1,
      engagedBySex: { ...s.engagedBySex, [gender]: (s.engagedBySex[gender] ?? 0) + 1 },
    }));
  }

  @OnEvent(PlacementCompleted)
  async onCompleted(@Payload() event: EventEnvelope<PlacementCompletedV1>) {
    await this.facts.record(event);
    const { data } = event;
    await this.figures.count(data.iprc, (s) => ({ ...s, completed: s.completed + 1 }));
  }
}
