import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import {
  type EventEnvelope,
  MilestoneApproved,
  type MilestoneApprovedV1,
  PledgeMade,
  type PledgeMadeV1,
  ProposalAwarded,
  type ProposalAwardedV1,
  ProposalScreened,
  type ProposalScreenedV1,
  ProposalShortlisted,
  type ProposalShortlistedV1,
  ProposalSubmitted,
  type ProposalSubmittedV1,
  TrancheReleased,
  type TrancheReleasedV1,
} from '@ikiraro/contracts';
import { AggregateStore, OnEvent } from '@ikiraro/messaging';
import { Facts } from '../logframe/facts.ts';
import { IprcFigures } from '../iprc-figures.ts';
import {
  ALL_PLEDGES,
  FUNDING_FIGURES,
  type FundingFigures,
  noFundingFigures,
  noPledgeFigures,
  PLEDGE_FIGURES,
  type PledgeFigures,
  plusMoney,
  plusTeam,
  withJobsCreated,
} from './funding-figures.ts';

/**
 * Pilot funding per IPRC (proposals through the rounds, awards, tranches, jobs) and investors' pledges. One change
 * of one aggregate per event, recorded with the event that caused it: a redelivery changes nothing.
 */
@Controller()
export class FundingFiguresConsumer {
  private readonly figures;
  private readonly pledges;

  constructor(
    store: AggregateStore,
    private readonly facts: Facts,
  ) {
    this.figures = new IprcFigures<FundingFigures>(store, FUNDING_FIGURES, noFundingFigures);
    this.pledges = store.of<PledgeFigures>(PLEDGE_FIGURES);
  }

  @OnEvent(ProposalSubmitted)
  async onSubmitted(@Payload() event: EventEnvelope<ProposalSubmittedV1>) {
    await this.facts.record(event);
    const { data } = event;
    await this.figures.count(data.iprc, (s) => ({
      ...s,
      submitted: s.submitted + 1,
      teamBySex: plusTeam(s.teamBySex, data.team),
      jobsExpected: s.jobsExpected + data.jobsExpected,
    }));
  }

  @OnEvent(ProposalScreened)
  async onScreened(@Payload() { data }: EventEnvelope<ProposalScreenedV1>) {
    await this.figures.count(data.iprc, (s) =>
      data.qualified ? { ...s, qualified: s.qualified + 1 } : { ...s, disqualified: s.disqualified + 1 },
    );
  }

  @OnEvent(ProposalShortlisted)
  async onShortlisted(@Payload() { data }: EventEnvelope<ProposalShortlistedV1>) {
    await this.figures.count(data.iprc, (s) => ({ ...s, shortlisted: s.shortlisted + 1 }));
  }

  @OnEvent(ProposalAwarded)
  async onAwarded(@Payload() event: EventEnvelope<ProposalAwardedV1>) {
    await this.facts.record(event);
    const { data } = event;
    await this.figures.count(data.iprc, (s) => ({
      ...s,
      awarded: s.awarded + 1,
      awardedAmount: plusMoney(s.awardedAmount, data.awarded),
    }));
  }

  @OnEvent(TrancheReleased)
  async onReleased(@Payload() event: EventEnvelope<TrancheReleasedV1>) {
    await this.facts.record(event);
    const { data } = event;
    await this.figures.count(data.iprc, (s) => ({
      ...s,
      tranchesReleased: s.tranchesReleased + 1,
      releasedAmount: plusMoney(s.releasedAmount, data.paid),
    }));
  }

  /** The award's latest report counts: its jobs replace the earlier count, they are not added to it. */
  @OnEvent(MilestoneApproved)
  async onMilestone(@Payload() event: EventEnvelope<MilestoneApprovedV1>) {
    await this.facts.record(event);
    const { data, occurredAt } = event;
    await this.figures.count(data.iprc, (s) =>
      withJobsCreated(s, data.awardId, data.jobsCreated, occurredAt),
    );
  }

  @OnEvent(PledgeMade)
  async onPledge(@Payload() event: EventEnvelope<PledgeMadeV1>) {
    await this.facts.record(event);
    const { data } = event;
    await this.pledges.change(ALL_PLEDGES, (current) => {
      const s = current?.state ?? noPledgeFigures();
      const instrument = s.byInstrument[data.instrument] ?? { pledges: 0, amount: {} };
      const byInstrument = {
        ...s.byInstrument,
        [data.instrument]: {
          pledges: instrument.pledges + 1,
          amount: plusMoney(instrument.amount, data.pledged),
        },
      };
      return { state: { pledges: s.pledges + 1, byInstrument }, events: [] };
    });
  }
}
